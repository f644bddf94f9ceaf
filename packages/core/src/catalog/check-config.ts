import { isJsonObject, type JsonObject, type JsonValue } from "../json.ts";
import { describeValue } from "./describe-issue.ts";
import type { FieldDefinition, TypeDefinition } from "./type-definition.ts";

export type ConfigProblemCode = "missing-required" | "wrong-type" | "invalid-value" | "unknown-key";

/** One thing wrong with a component's config; `path` is the config key path concerned. */
export interface ConfigProblem {
  path: (string | number)[];
  code: ConfigProblemCode;
  message: string;
}

type Path = readonly (string | number)[];

/**
 * What is wrong with a config against its type definition: missing required keys, values of
 * the wrong type, values out of range, and keys the type does not read (at the top level and
 * inside `object` fields; the names in a `map` are data, not keys).
 *
 * It walks the definition directly rather than running `configSchema`: one pass over the
 * config, a few microseconds each, so that 10,000 configs check in a few tens of milliseconds
 * even on a cold start. A property test holds both to the same verdicts.
 */
export function checkConfig(definition: TypeDefinition, config: JsonObject): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  checkObject(definition.type, definition.fields, config, [], problems);
  return problems;
}

/** What is wrong with one value of a field (a definition's default, say), unknown keys aside. */
export function checkFieldValue(field: FieldDefinition, value: JsonValue): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  // as the one key of an object, so that null and `required` mean what they mean in a config
  checkObject("", { value: field }, { value }, [], problems);
  return problems
    .filter((problem) => problem.code !== "unknown-key")
    .map((problem) => ({ ...problem, path: problem.path.slice(1) }));
}

function checkObject(
  type: string,
  fields: Record<string, FieldDefinition>,
  object: JsonObject,
  path: Path,
  problems: ConfigProblem[],
): void {
  for (const key of Object.keys(object)) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
    const value = object[key]!;
    if (!field) {
      const keyPath = [...path, key];
      const message = `key '${keyPath.join(".")}' is not read by ${type}; it is kept as written`;
      problems.push({ path: keyPath, code: "unknown-key", message });
    } else if (value !== null || field.required) {
      // null is "use the default" for an optional key
      checkValue(type, field, value, path, key, problems);
    }
  }
  for (const key of Object.keys(fields)) {
    if (fields[key]!.required && !Object.hasOwn(object, key)) {
      const keyPath = [...path, key];
      const message = `required key '${keyPath.join(".")}' is missing`;
      problems.push({ path: keyPath, code: "missing-required", message });
    }
  }
}

/** Checks `value`, found at `key` of the value at `parent` (the path is built only when needed). */
function checkValue(
  type: string,
  field: FieldDefinition,
  value: JsonValue,
  parent: Path,
  key: string | number,
  problems: ConfigProblem[],
): void {
  switch (field.type) {
    case "string":
      if (field.enum && !field.enum.includes(value as string)) {
        const expected = `one of ${field.enum.map((item) => JSON.stringify(item)).join(", ")}`;
        report(problems, [...parent, key], "invalid-value", expected, value);
      } else if (typeof value !== "string") {
        report(problems, [...parent, key], "wrong-type", "a string", value);
      }
      return;
    case "number":
    case "integer": {
      const problem = numberProblem(field, value);
      if (problem) report(problems, [...parent, key], problem[0], problem[1], value);
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") {
        report(problems, [...parent, key], "wrong-type", "true or false", value);
      }
      return;
    case "list": {
      const path = [...parent, key];
      if (!Array.isArray(value)) report(problems, path, "wrong-type", "a list", value);
      else {
        for (let index = 0; index < value.length; index++) {
          checkValue(type, field.items, value[index]!, path, index, problems);
        }
      }
      return;
    }
    case "map": {
      const path = [...parent, key];
      if (!isJsonObject(value)) {
        report(problems, path, "wrong-type", "an object of names to values", value);
      } else {
        for (const name of Object.keys(value)) {
          checkValue(type, field.values, value[name]!, path, name, problems);
        }
      }
      return;
    }
    case "object": {
      const path = [...parent, key];
      if (!isJsonObject(value)) report(problems, path, "wrong-type", "an object", value);
      else checkObject(type, field.fields, value, path, problems);
      return;
    }
    case "any":
      return;
  }
}

/** The code and expectation a number breaks, or null. */
function numberProblem(
  field: FieldDefinition & { type: "number" | "integer" },
  value: JsonValue,
): [ConfigProblemCode, string] | null {
  const noun = field.type === "integer" ? "an integer" : "a number";
  if (typeof value !== "number" || (field.type === "integer" && !Number.isInteger(value))) {
    return ["wrong-type", noun];
  }
  if (field.type === "integer" && !Number.isSafeInteger(value)) {
    const limit = Number.MAX_SAFE_INTEGER;
    return ["invalid-value", `${noun} between -${limit} and ${limit}`];
  }
  if (field.minimum !== undefined && value < field.minimum) {
    return ["invalid-value", `${noun} at least ${field.minimum}`];
  }
  if (field.maximum !== undefined && value > field.maximum) {
    return ["invalid-value", `${noun} at most ${field.maximum}`];
  }
  return null;
}

function report(
  problems: ConfigProblem[],
  path: (string | number)[],
  code: ConfigProblemCode,
  expected: string,
  value: JsonValue,
): void {
  problems.push({ path, code, message: `expected ${expected}, found ${describeValue(value)}` });
}
