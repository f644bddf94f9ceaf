import * as z from "zod";
import type { Issue } from "../issues/issue.ts";
import { isJsonObject } from "../json.ts";
import type { JsonDocument } from "./json-document.ts";
import type { AccountEnvironment } from "./workspace.ts";

/** Booleans are real booleans in the current form and strings ("true") in the older one. */
const flexibleBoolean = z
  .union([z.boolean(), z.enum(["true", "false", "True", "False", "TRUE", "FALSE"])])
  .transform((value) => (typeof value === "boolean" ? value : value.toLowerCase() === "true"));

const optionalString = z.string().nullish();
const optionalBoolean = flexibleBoolean.nullish();

/** Both forms found in the wild: `{name, environment, ...}` and the older `{name: <env>, ...}`. */
export const accountEnvironmentSchema = z.looseObject({
  name: z.string().min(1),
  environment: z.string().min(1).optional(),
  config_repo: optionalString,
  config_branch: optionalString,
  iac_repo: optionalString,
  iac_branch: optionalString,
  iac_strict: optionalBoolean,
  lambda_repo: optionalString,
  lambda_branch: optionalString,
  lambda_strict: optionalBoolean,
  allow_drift: optionalBoolean,
});

export function readAccountEnvironment(
  file: string,
  document: JsonDocument,
): { environment: AccountEnvironment | null; issues: Issue[] } {
  const value = document.value;
  if (!isJsonObject(value)) {
    return {
      environment: null,
      issues: [accountIssue(file, document, [], "the file must hold a JSON object")],
    };
  }
  const parsed = accountEnvironmentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((problem) => {
      const path = problem.path.map((segment) =>
        typeof segment === "number" ? segment : String(segment),
      );
      const field = path.join(".") || "file";
      return accountIssue(file, document, path, `${field}: ${describe(problem, value)}`);
    });
    return { environment: null, issues };
  }
  const data = parsed.data;
  return {
    environment: {
      file,
      name: data.name,
      environment: data.environment ?? data.name,
      configRepo: data.config_repo ?? null,
      configBranch: data.config_branch ?? null,
      iacRepo: data.iac_repo ?? null,
      iacBranch: data.iac_branch ?? null,
      iacStrict: data.iac_strict ?? null,
      lambdaRepo: data.lambda_repo ?? null,
      lambdaBranch: data.lambda_branch ?? null,
      lambdaStrict: data.lambda_strict ?? null,
      allowDrift: data.allow_drift ?? null,
    },
    issues: [],
  };
}

function describe(problem: z.core.$ZodIssue, value: Record<string, unknown>): string {
  const key = problem.path[0];
  const found = typeof key === "string" && Object.hasOwn(value, key) ? value[key] : undefined;
  if (problem.code === "invalid_type" && found === undefined) return "required key is missing";
  if (problem.path[0] && /strict|drift/.test(String(problem.path[0]))) {
    return `expected true or false, found ${JSON.stringify(found)}`;
  }
  return `expected ${"expected" in problem ? String(problem.expected) : "a valid value"}, found ${JSON.stringify(found)}`;
}

function accountIssue(
  file: string,
  document: JsonDocument,
  path: (string | number)[],
  message: string,
): Issue {
  return {
    severity: "error",
    code: "invalid-account-environment",
    component: null,
    env: null,
    file,
    ...document.positionOf(path),
    path: path.join("."),
    message,
  };
}
