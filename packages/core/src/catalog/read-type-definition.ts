import type { z } from "zod";
import type { Issue, Severity } from "../issues/issue.ts";
import { JsonDocument } from "../repo/json-document.ts";
import { checkDefinition } from "./check-definition.ts";
import { describeZodIssue, oneOf, unionOptions } from "./describe-issue.ts";
import { type KeyPath, valueAt } from "./key-path.ts";
import { type TypeDefinition, typeDefinitionSchema } from "./type-definition.ts";

export interface TypeDefinitionFile {
  /** The definition, or null when the file is not a valid definition of the expected type. */
  definition: TypeDefinition | null;
  document: JsonDocument;
  issues: Issue[];
}

/**
 * Reads a custom type definition (`.karma/types/<type>.json`): JSON syntax, the definition
 * format, the type the file name promises, and the checks of `checkDefinition`. Every problem
 * is an error at the offending key.
 */
export function readTypeDefinition(
  file: string,
  text: string,
  expectedType: string,
): TypeDefinitionFile {
  const document = new JsonDocument(text);
  if (document.error) {
    const { line, column, message } = document.error;
    const issue: Issue = {
      severity: "error",
      code: "invalid-json",
      component: null,
      env: null,
      file,
      line,
      column,
      path: "",
      message: `invalid JSON: ${message}`,
    };
    return { definition: null, document, issues: [issue] };
  }

  const issues: Issue[] = [];
  const report = (path: KeyPath, message: string) =>
    issues.push(typeDefinitionIssue(file, document, path, "error", message));
  const parsed = typeDefinitionSchema.safeParse(document.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const { path, message } of describeDefinitionIssue(issue, document.value)) {
        report(path, message);
      }
    }
    return { definition: null, document, issues };
  }

  const definition = parsed.data;
  if (definition.type !== expectedType) {
    report(
      ["type"],
      `type: ${file} defines type "${definition.type}"; rename the file to ${definition.type}.json or set "type" to "${expectedType}"`,
    );
  }
  for (const problem of checkDefinition(definition)) {
    report(problem.path, `${problem.path.join(".")}: ${problem.message}`);
  }
  return { definition: issues.length === 0 ? definition : null, document, issues };
}

/** An issue about a type definition file, at the position of a key path in it. */
export function typeDefinitionIssue(
  file: string,
  document: JsonDocument,
  path: KeyPath,
  severity: Severity,
  message: string,
): Issue {
  const { line, column } = document.positionOf(path);
  const code = "invalid-type-definition";
  return {
    severity,
    code,
    component: null,
    env: null,
    file,
    line,
    column,
    path: path.join("."),
    message,
  };
}

/** A zod issue as messages naming the property and what is expected, one per unknown key. */
function describeDefinitionIssue(
  issue: z.core.$ZodIssue,
  root: unknown,
): { path: KeyPath; message: string }[] {
  const path = issue.path.filter((key) => typeof key !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const hint =
      path.length === 0
        ? `a type definition has ${topLevelProperties}`
        : "remove it or check its spelling";
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `${[...path, key].join(".")}: unknown property; ${hint}`,
    }));
  }
  const actual = valueAt(root, path);
  if (actual === undefined) {
    const options = unionOptions(issue);
    const expected = options ? `; expected ${oneOf(options)}` : "";
    return [{ path, message: `required property '${path.join(".")}' is missing${expected}` }];
  }
  const where = path.length === 0 ? "the type definition" : path.join(".");
  return [{ path, message: `${where}: ${describeZodIssue(issue, actual)}` }];
}

const topLevelProperties = Object.keys(typeDefinitionSchema.shape).join(", ");
