import { builtinCatalog, type TypeDefinition } from "@karma/core";
import { describe, expect, it } from "vitest";
import { type FormField, formFields } from "./form-fields.ts";

const type = (name: string) => builtinCatalog().types.get(name)!;

function byName(fields: readonly FormField[], name: string): FormField | undefined {
  for (const field of fields) {
    if (field.name === name) return field;
    const found = byName(field.children, name);
    if (found) return found;
  }
  return undefined;
}

describe("formFields", () => {
  it("gives every key of the type an input of its kind, named by its key path", () => {
    const fields = formFields(type("ecs-cluster"), { vpc_nickname: "main" });
    const kinds = Object.fromEntries(fields.map((field) => [field.name, field.kind]));
    expect(kinds).toMatchObject({
      vpc_nickname: "reference",
      cluster_name: "text",
      enable_execute_command: "boolean",
      exec_logging: "enum",
      log_retention_days: "number",
      capacity_providers: "list",
      tags: "map",
    });
    const logging = byName(fields, "exec_logging")!;
    expect(logging.options).toEqual(["NONE", "DEFAULT", "OVERRIDE"]);
    expect(logging.defaultText).toBe('"OVERRIDE"');
    expect(logging.description).toMatch(/ECS Exec/);
    expect(byName(fields, "vpc_nickname")).toMatchObject({ required: true, value: "main" });
    expect(byName(fields, "cluster_name")!.defaultText).toBe("ecs-<nickname>");
  });

  it("names nested fields with dots: object fields, map entries and list items", () => {
    const zone = formFields(type("route53-zone"), {
      zone_name: "example.com",
      root_records: { MX: ["10 mx.example.com."], CNAME: { www: "example.com" } },
    });
    expect(byName(zone, "root_records")!.kind).toBe("object");
    expect(byName(zone, "root_records.TXT")!.kind).toBe("list");
    expect(byName(zone, "root_records.MX.0")).toMatchObject({
      kind: "text",
      value: "10 mx.example.com.",
    });
    expect(byName(zone, "root_records.CNAME.www")).toMatchObject({
      kind: "text",
      path: ["root_records", "CNAME", "www"],
    });

    const lambda = formFields(type("lambda"), {
      functions: { echo: { runtime: "python3.10", vpc_nickname: "main" } },
    });
    expect(byName(lambda, "functions.echo.runtime")!.kind).not.toBe("unknown");
    expect(byName(lambda, "functions.echo.vpc_nickname")!.kind).toBe("reference");
  });

  it("shows keys the type does not read, and values of the wrong shape as JSON", () => {
    const fields = formFields(type("serverless-site"), {
      content_bucket_prefix: "site",
      index_document: "index.html",
      domain_aliases: "not a list",
    });
    expect(byName(fields, "index_document")).toMatchObject({
      kind: "unknown",
      value: "index.html",
    });
    expect(byName(fields, "domain_aliases")!.kind).toBe("json");
    expect(fields.at(-1)!.name).toBe("index_document");
  });

  it("works for a repository's own type, any fields included", () => {
    const custom: TypeDefinition = {
      type: "queue",
      title: "Queue",
      category: "messaging",
      description: "",
      fields: {
        retention: { type: "integer", minimum: 60 },
        settings: { type: "any" },
        redrive: { type: "object", fields: { max: { type: "number" } } },
      },
      references: [],
      runtimeOutputs: [],
      runtimePublishing: "component",
    };
    const fields = formFields(custom, {});
    expect(fields.map((field) => [field.name, field.kind])).toEqual([
      ["retention", "number"],
      ["settings", "json"],
      ["redrive", "object"],
    ]);
    expect(byName(fields, "redrive.max")).toMatchObject({ kind: "number", value: undefined });
  });
});
