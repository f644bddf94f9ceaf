import type { z } from "zod";
import type { Issue, Severity } from "../issues/issue.ts";
import { JsonDocument } from "../repo/json-document.ts";
import { checkDefinition, type DefinitionProblem } from "./check-definition.ts";
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

  const read = parseTypeDefinition(file, document.value, expectedType);
  const issues = read.problems.map(({ path, message }) =>
    typeDefinitionIssue(file, document, path, "error", message),
  );
  return { definition: read.definition, document, issues };
}

/**
 * Checks a parsed type definition file (a repository's, or a built-in one imported by the
 * bundler): the definition format, the type the file name promises, and the checks of
 * `checkDefinition`. The definition is null when there is any problem.
 */
export function parseTypeDefinition(
  file: string,
  value: unknown,
  expectedType: string,
): { definition: TypeDefinition | null; problems: DefinitionProblem[] } {
  const parsed = typeDefinitionSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeDefinitionIssue(issue, value));
    return { definition: null, problems };
  }

  const definition = parsed.data;
  const problems: DefinitionProblem[] = [];
  if (definition.type !== expectedType) {
    problems.push({
      path: ["type"],
      message: `type: ${file} defines type "${definition.type}"; rename the file to ${definition.type}.json or set "type" to "${expectedType}"`,
    });
  }
  for (const problem of checkDefinition(definition)) {
    problems.push({ path: problem.path, message: `${problem.path.join(".")}: ${problem.message}` });
  }
  return { definition: problems.length === 0 ? definition : null, problems };
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
function describeDefinitionIssue(issue: z.core.$ZodIssue, root: unknown): DefinitionProblem[] {
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
