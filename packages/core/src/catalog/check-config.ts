import type { z } from "zod";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.ts";
import { configSchema } from "./config-schema.ts";
import { describeZodIssue } from "./describe-issue.ts";
import type { FieldDefinition, TypeDefinition } from "./type-definition.ts";

export type ConfigProblemCode = "missing-required" | "wrong-type" | "invalid-value" | "unknown-key";

/** One thing wrong with a component's config; `path` is the config key path concerned. */
export interface ConfigProblem {
  path: (string | number)[];
  code: ConfigProblemCode;
  message: string;
}

/**
 * What is wrong with a config against its type definition: missing required keys, values of
 * the wrong type, values out of range, and keys the type does not read (at the top level and
 * inside `object` fields; the names in a `map` are data, not keys).
 */
export function checkConfig(definition: TypeDefinition, config: JsonObject): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const result = configSchema(definition).safeParse(config);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(problemOf(issue, config));
  }
  collectUnknownKeys(definition.type, definition.fields, config, [], problems);
  return problems;
}

function problemOf(issue: z.core.$ZodIssue, config: JsonObject): ConfigProblem {
  const path = issue.path.filter((key) => typeof key !== "symbol");
  const actual = valueAt(config, path);
  if (actual === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return { path, code: "missing-required", message: `required key '${path.join(".")}' is missing` };
  }
  const code = issue.code === "invalid_type" ? "wrong-type" : "invalid-value";
  return { path, code, message: describeZodIssue(issue, actual) };
}

function valueAt(config: JsonObject, path: readonly (string | number)[]): JsonValue | undefined {
  let value: JsonValue | undefined = config;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === "number") value = value[key];
    else if (isJsonObject(value) && typeof key === "string") value = value[key];
    else return undefined;
  }
  return value;
}

function collectUnknownKeys(
  type: string,
  fields: Record<string, FieldDefinition>,
  object: JsonObject,
  path: (string | number)[],
  problems: ConfigProblem[],
): void {
  for (const key of Object.keys(object)) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (!field) {
      const keyPath = [...path, key];
      const message = `key '${keyPath.join(".")}' is not read by ${type}; it is kept as written`;
      problems.push({ path: keyPath, code: "unknown-key", message });
    } else if (field.type === "object" || field.type === "list" || field.type === "map") {
      visitField(type, field, object[key]!, [...path, key], problems);
    }
  }
}

/** Looks for object fields inside a value, following lists and map entries. */
function visitField(
  type: string,
  field: FieldDefinition,
  value: JsonValue,
  path: (string | number)[],
  problems: ConfigProblem[],
): void {
  if (field.type === "object" && isJsonObject(value)) {
    collectUnknownKeys(type, field.fields, value, path, problems);
  } else if (field.type === "list" && Array.isArray(value)) {
    value.forEach((item, index) => {
      visitField(type, field.items, item, [...path, index], problems);
    });
  } else if (field.type === "map" && isJsonObject(value)) {
    for (const [key, entry] of Object.entries(value)) {
      visitField(type, field.values, entry, [...path, key], problems);
    }
  }
}
