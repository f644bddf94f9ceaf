import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { JsonObject, JsonValue } from "../json.ts";
import { builtinCatalog } from "./catalog.ts";
import { checkConfig } from "./check-config.ts";
import { configSchema } from "./config-schema.ts";
import { valueAt } from "./key-path.ts";
import type { FieldDefinition } from "./type-definition.ts";

// zod's records skip a "__proto__" key, where checkConfig reads it as the own key it is (see
// plan/hostile-input.properties.test.ts): no key of the generated configs is named so, at any depth
const anyJson = fc
  .jsonValue({ maxDepth: 2 })
  .filter((value) => !hasProtoKey(value as JsonValue)) as fc.Arbitrary<JsonValue>;
const key = fc.string({ maxLength: 8 }).filter((name) => name !== "__proto__");

function hasProtoKey(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(hasProtoKey);
  if (value === null || typeof value !== "object") return false;
  return Object.keys(value).some((name) => name === "__proto__" || hasProtoKey(value[name]!));
}

/** Mostly values that fit the field, sometimes null or anything at all. */
function valueFor(field: FieldDefinition): fc.Arbitrary<JsonValue> {
  return fc.oneof(
    { weight: 6, arbitrary: fitting(field) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: anyJson },
  );
}

function fitting(field: FieldDefinition): fc.Arbitrary<JsonValue> {
  switch (field.type) {
    case "string":
      return field.enum ? fc.constantFrom(...field.enum) : fc.string({ maxLength: 6 });
    case "number":
    case "integer": {
      // around the bounds, with the odd fraction and unsafe integer
      const low = (field.minimum ?? -100) - 2;
      const high = (field.maximum ?? 100_000) + 2;
      return fc.oneof(
        fc.integer({ min: Math.ceil(low), max: Math.floor(high) }),
        fc.constantFrom(0.5, low + 1.5, 2 ** 60),
      );
    }
    case "boolean":
      return fc.boolean();
    case "list":
      return fc.array(valueFor(field.items), { maxLength: 3 });
    case "map":
      return fc.dictionary(key, valueFor(field.values), { maxKeys: 3 });
    case "object":
      return objectFor(field.fields);
    case "any":
      return anyJson;
  }
}

/** Any subset of the declared keys, plus keys the type does not read. */
function objectFor(fields: Record<string, FieldDefinition>): fc.Arbitrary<JsonObject> {
  const declared: Record<string, fc.Arbitrary<JsonValue>> = {};
  for (const [name, field] of Object.entries(fields)) declared[name] = valueFor(field);
  return fc
    .tuple(fc.record(declared, { requiredKeys: [] }), fc.dictionary(key, anyJson, { maxKeys: 2 }))
    .map(([known, extra]) => ({ ...extra, ...known }) as JsonObject);
}

/** The verdicts of the zod schema, in checkConfig's terms. */
function zodVerdicts(issues: z.core.$ZodIssue[], config: JsonObject): string[] {
  return issues.map((issue) => {
    const path = issue.path as (string | number)[];
    const missing = valueAt(config, path) === undefined;
    const code =
      issue.code === "invalid_type"
        ? missing
          ? "missing-required"
          : "wrong-type"
        : "invalid-value";
    return `${code} ${JSON.stringify(path)}`;
  });
}

describe("checkConfig agrees with configSchema", () => {
  it.each([...builtinCatalog().types.values()].map((definition) => [definition.type, definition]))(
    "on random %s configs",
    (_, definition) => {
      fc.assert(
        fc.property(objectFor(definition.fields), (config) => {
          const ours = checkConfig(definition, config)
            .filter((problem) => problem.code !== "unknown-key")
            .map((problem) => `${problem.code} ${JSON.stringify(problem.path)}`);
          const result = configSchema(definition).safeParse(config);
          const theirs = result.success ? [] : zodVerdicts(result.error.issues, config);
          expect(new Set(ours)).toEqual(new Set(theirs));
        }),
        { numRuns: 200 },
      );
    },
  );
});
