import { describe, expect, it } from "vitest";
import { configSchema } from "./config-schema.ts";
import type { TypeDefinition } from "./type-definition.ts";

const queue: TypeDefinition = {
  type: "queue",
  title: "Queue",
  category: "messaging",
  description: "A test type with every kind of field.",
  fields: {
    name: { type: "string", required: true },
    mode: { type: "string", enum: ["fifo", "standard"] },
    retention: { type: "integer", minimum: 60 },
    ratio: { type: "number", maximum: 1 },
    encrypted: { type: "boolean", default: true },
    subscribers: { type: "list", items: { type: "string" } },
    labels: { type: "map", values: { type: "string" } },
    dead_letter: {
      type: "object",
      fields: { target: { type: "string", required: true }, max_receives: { type: "integer" } },
    },
    payload: { type: "any", required: true },
  },
  references: [],
  runtimeOutputs: [],
  runtimePublishing: "component",
};

describe("configSchema", () => {
  const schema = configSchema(queue);

  it("accepts a full config and keeps unknown keys, without adding defaults", () => {
    const config = {
      name: "jobs",
      mode: "fifo",
      retention: 3600,
      ratio: 0.5,
      subscribers: ["a"],
      labels: { team: "core" },
      dead_letter: { target: "dlq", extra: true },
      payload: [1, "two"],
      unknown: { kept: 1 },
    };
    expect(schema.parse(config)).toEqual(config);
  });

  it("accepts null for every optional key, nested ones included", () => {
    const config = {
      name: "jobs",
      payload: null,
      mode: null,
      retention: null,
      ratio: null,
      encrypted: null,
      subscribers: null,
      labels: null,
      dead_letter: { target: "dlq", max_receives: null },
    };
    expect(schema.safeParse(config).success).toBe(true);
  });

  it("requires required keys, even of type any, and refuses null for them", () => {
    const missing = schema.safeParse({ dead_letter: {} });
    expect(missing.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "name",
      "dead_letter.target",
      "payload",
    ]);
    expect(schema.safeParse({ name: null, payload: 1 }).success).toBe(false);
  });

  it("checks enums, integers, bounds and nested value types", () => {
    const bad = schema.safeParse({
      name: "jobs",
      payload: 1,
      mode: "lifo",
      retention: 61.5,
      ratio: 2,
      subscribers: [1],
      labels: { team: false },
    });
    expect(bad.error?.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["mode", "invalid_value"],
      ["retention", "invalid_type"],
      ["ratio", "too_big"],
      ["subscribers.0", "invalid_type"],
      ["labels.team", "invalid_type"],
    ]);
  });

  it("builds one schema per definition", () => {
    expect(configSchema(queue)).toBe(schema);
    expect(configSchema({ ...queue })).not.toBe(schema);
  });
});
