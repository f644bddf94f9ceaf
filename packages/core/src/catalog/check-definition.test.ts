import { describe, expect, it } from "vitest";
import { checkDefinition } from "./check-definition.ts";
import type { TypeDefinition } from "./type-definition.ts";

function definition(overrides: Partial<TypeDefinition>): TypeDefinition {
  return {
    type: "worker",
    title: "Worker",
    category: "compute",
    description: "A test type.",
    fields: {},
    references: [],
    runtimeOutputs: [],
    runtimePublishing: "component",
    ...overrides,
  };
}

describe("checkDefinition", () => {
  it("accepts references through map entries and below any fields", () => {
    const worker = definition({
      fields: {
        jobs: {
          type: "map",
          values: {
            type: "object",
            fields: { source_type: { type: "string" }, source_nickname: { type: "string" } },
          },
        },
        extra: { type: "any" },
      },
      references: [
        {
          kind: "type-nickname",
          typeKey: "jobs.*.source_type",
          nicknameKey: "jobs.*.source_nickname",
          target: "*",
        },
        { kind: "nickname", key: "extra.vpc", target: "vpc" },
      ],
    });
    expect(checkDefinition(worker)).toEqual([]);
  });

  it("refuses reference keys that are missing, not strings, or skip a map entry", () => {
    const worker = definition({
      fields: {
        size: { type: "integer" },
        jobs: { type: "map", values: { type: "object", fields: { vpc: { type: "string" } } } },
      },
      references: [
        { kind: "nickname", key: "size", target: "vpc" },
        { kind: "nickname", key: "jobs.vpc", target: "vpc" },
        { kind: "type-nickname", typeKey: "kind", nicknameKey: "jobs.*.vpc", target: "*" },
      ],
    });
    expect(checkDefinition(worker)).toEqual([
      {
        path: ["references", 0, "key"],
        message: "'size' is an integer field; a reference key must be a string field",
      },
      {
        path: ["references", 1, "key"],
        message: "'jobs.vpc' is an object field; a reference key must be a string field",
      },
      {
        path: ["references", 2, "typeKey"],
        message: `'kind' is not a field of this type; declare it under "fields"`,
      },
    ]);
  });

  it("refuses defaults that do not fit their field, nested ones included", () => {
    const worker = definition({
      fields: {
        mode: { type: "string", enum: ["fast", "slow"], default: "medium" },
        ports: { type: "list", items: { type: "integer" }, default: [80, "443"] },
        limits: {
          type: "object",
          fields: { cpu: { type: "number", maximum: 4, default: 8 } },
        },
      },
    });
    expect(checkDefinition(worker)).toEqual([
      {
        path: ["fields", "mode", "default"],
        message:
          'default does not fit the field: expected one of "fast", "slow", found a string "medium"',
      },
      {
        path: ["fields", "ports", "default"],
        message: 'default does not fit the field at 1: expected an integer, found a string "443"',
      },
      {
        path: ["fields", "limits", "fields", "cpu", "default"],
        message: "default does not fit the field: expected a number at most 4, found a number 8",
      },
    ]);
  });
});
