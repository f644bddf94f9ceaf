import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { builtinCatalog, loadCatalog } from "./catalog.ts";
import { checkConfig } from "./check-config.ts";

const queue = {
  type: "sqs-queue",
  title: "SQS queue",
  category: "messaging",
  description: "A queue.",
  fields: {
    queue_name: { type: "string", required: true },
    retention_seconds: { type: "integer", minimum: 60, default: 345600 },
    vpc_nickname: { type: "string" },
  },
  references: [{ kind: "nickname", key: "vpc_nickname", target: "vpc" }],
  runtimeOutputs: ["queue_url", "queue_arn"],
  runtimePublishing: "per-key",
};

const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("builtinCatalog", () => {
  it("holds the 13 built-in types, built once", () => {
    expect(builtinCatalog()).toBe(builtinCatalog());
    expect(builtinCatalog().types.size).toBe(13);
    expect(builtinCatalog().types.get("ecs-service")?.title).toBe("ECS service");
  });
});

describe("loadCatalog", () => {
  it("is the built-in catalog for a repository without custom types", () => {
    const { catalog, issues } = loadCatalog(readFixture());
    expect(catalog).toBe(builtinCatalog());
    expect(issues).toEqual([]);
  });

  it("adds a custom type with the common keys", () => {
    const { catalog, issues } = loadCatalog({
      ".karma/types/sqs-queue.json": text(queue),
      ".karma/types/notes.md": "not a type",
      ".karma/types/nested/other.json": "{",
    });
    expect(issues).toEqual([]);
    const definition = catalog.types.get("sqs-queue");
    expect(catalog.types.size).toBe(14);
    expect(definition?.runtimePublishing).toBe("per-key");
    expect(Object.keys(definition?.fields ?? {})).toEqual([
      "queue_name",
      "retention_seconds",
      "vpc_nickname",
      "tags",
      "project",
    ]);
    expect(checkConfig(definition!, { retention_seconds: 10, tags: { a: "b" } })).toEqual([
      {
        path: ["retention_seconds"],
        code: "invalid-value",
        message: "expected an integer at least 60, found a number 10",
      },
      {
        path: ["queue_name"],
        code: "missing-required",
        message: "required key 'queue_name' is missing",
      },
    ]);
  });

  it("reports invalid JSON at its line and column and still loads the other types", () => {
    const broken = '{\n  "type": "broken",\n  "title": <<title>>\n}\n';
    const { catalog, issues } = loadCatalog({
      ".karma/types/broken.json": broken,
      ".karma/types/sqs-queue.json": text(queue),
    });
    expect(issues).toEqual([
      {
        severity: "error",
        code: "invalid-json",
        component: null,
        env: null,
        file: ".karma/types/broken.json",
        line: 3,
        column: 12,
        path: "",
        message: expect.stringMatching(/^invalid JSON: /),
      },
    ]);
    expect(catalog.types.has("broken")).toBe(false);
    expect(catalog.types.has("sqs-queue")).toBe(true);
  });

  it("reports a schema violation at the offending key", () => {
    const bad = {
      ...queue,
      fields: { ...queue.fields, retention_seconds: { type: "integr", default: 60 } },
      color: "blue",
    };
    const { catalog, issues } = loadCatalog({ ".karma/types/sqs-queue.json": text(bad) });
    expect(catalog.types.has("sqs-queue")).toBe(false);
    expect(issues).toEqual([
      {
        severity: "error",
        code: "invalid-type-definition",
        component: null,
        env: null,
        file: ".karma/types/sqs-queue.json",
        line: 12,
        column: 7,
        path: "fields.retention_seconds.type",
        message:
          'fields.retention_seconds.type: expected one of "string", "number", "integer", "boolean", "list", "map", "object", "any", found a string "integr"',
      },
      {
        severity: "error",
        code: "invalid-type-definition",
        component: null,
        env: null,
        file: ".karma/types/sqs-queue.json",
        line: 31,
        column: 3,
        path: "color",
        message: expect.stringMatching(
          /^color: unknown property; a type definition has type, title/,
        ),
      },
    ]);
  });

  it("reports a missing property at its parent's key", () => {
    const { title: _, ...untitled } = queue;
    const { issues } = loadCatalog({
      ".karma/types/sqs-queue.json": text({ ...untitled, fields: { q: { type: "list" } } }),
    });
    expect(
      issues.map(({ line, column, path, message }) => ({ line, column, path, message })),
    ).toEqual([
      { line: 1, column: 1, path: "title", message: "required property 'title' is missing" },
      {
        line: 6,
        column: 5,
        path: "fields.q.items",
        message: "required property 'fields.q.items' is missing",
      },
    ]);
  });

  it("refuses a file whose name does not match its type", () => {
    const { catalog, issues } = loadCatalog({ ".karma/types/queue.json": text(queue) });
    expect(catalog.types.has("sqs-queue")).toBe(false);
    expect(catalog.types.has("queue")).toBe(false);
    expect(issues).toMatchObject([
      {
        severity: "error",
        code: "invalid-type-definition",
        file: ".karma/types/queue.json",
        line: 2,
        column: 3,
        path: "type",
        message: expect.stringContaining(
          'defines type "sqs-queue"; rename the file to sqs-queue.json',
        ),
      },
    ]);
  });

  it("refuses references to undeclared keys and defaults that do not fit", () => {
    const bad = {
      ...queue,
      fields: { ...queue.fields, retention_seconds: { type: "integer", default: "4 days" } },
      references: [{ kind: "nickname", key: "vpc_name", target: "vpc" }],
    };
    const { issues } = loadCatalog({ ".karma/types/sqs-queue.json": text(bad) });
    expect(
      issues.map(({ severity, line, column, path, message }) => ({
        severity,
        line,
        column,
        path,
        message,
      })),
    ).toEqual([
      {
        severity: "error",
        line: 13,
        column: 7,
        path: "fields.retention_seconds.default",
        message:
          'fields.retention_seconds.default: default does not fit the field: expected an integer, found a string "4 days"',
      },
      {
        severity: "error",
        line: 22,
        column: 7,
        path: "references.0.key",
        message: `references.0.key: 'vpc_name' is not a field of this type; declare it under "fields"`,
      },
    ]);
  });

  it("lets a custom type replace a built-in, with a warning", () => {
    const vpc = { ...queue, type: "vpc", references: [] };
    const { catalog, issues } = loadCatalog({ ".karma/types/vpc.json": text(vpc) });
    expect(catalog.types.get("vpc")?.title).toBe("SQS queue");
    expect(builtinCatalog().types.get("vpc")?.title).toBe("VPC");
    expect(issues).toEqual([
      {
        severity: "warning",
        code: "invalid-type-definition",
        component: null,
        env: null,
        file: ".karma/types/vpc.json",
        line: 2,
        column: 3,
        path: "type",
        message: 'type "vpc" replaces the built-in type of the same name',
      },
    ]);
  });

  it("warns about a reference to a type that is not in the catalog", () => {
    const orphan = {
      ...queue,
      references: [{ kind: "nickname", key: "vpc_nickname", target: "network" }],
    };
    const { catalog, issues } = loadCatalog({ ".karma/types/sqs-queue.json": text(orphan) });
    expect(catalog.types.has("sqs-queue")).toBe(true);
    expect(issues).toMatchObject([
      {
        severity: "warning",
        path: "references.0.target",
        line: 24,
        column: 7,
        message: expect.stringContaining('no type "network" in the catalog'),
      },
    ]);
  });
});
