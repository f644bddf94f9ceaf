import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinCatalog, loadCatalog } from "../catalog.ts";
import { checkDefinition } from "../check-definition.ts";
import { readTypeDefinition } from "../read-type-definition.ts";
import { type FieldDefinition, typeDefinitionSchema } from "../type-definition.ts";
import { readBuiltinType, readBuiltinTypes } from "./index.ts";

const builtinTypes = readBuiltinTypes();

/** Facts read off the public Terraform components: the source of the built-in catalog. */
interface Interfaces {
  components: Record<
    string,
    {
      config_keys: Record<string, { required: boolean; default?: string | null }>;
      config_sub_keys: Record<string, { optional_fields?: Record<string, string> | string[] }>;
      runtime_keys: string[];
    }
  >;
}
const interfaces: Interfaces = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../../test/fixtures/aws-iac-interfaces.json", import.meta.url)),
    "utf8",
  ),
);

const builtinText = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");
const jsonFiles = readdirSync(new URL(".", import.meta.url)).filter((file) =>
  file.endsWith(".json"),
);

/** Keys real configs hold that the Terraform summary does not list. */
const extraKeys: Record<string, string[]> = { "serverless-api": ["openapi"] };

function byType(type: string) {
  const definition = builtinTypes.find((candidate) => candidate.type === type);
  if (!definition) throw new Error(`no built-in type ${type}`);
  return definition;
}

/** The literal a raw HCL default stands for, or undefined for expressions, templates and null. */
function literal(raw: string | null | undefined): unknown {
  if (raw === null || raw === undefined || raw.includes("${")) return undefined;
  try {
    return JSON.parse(raw) ?? undefined;
  } catch {
    return undefined;
  }
}

function expectDefault(
  field: FieldDefinition | undefined,
  raw: string | null | undefined,
  key: string,
) {
  expect(field, key).toBeDefined();
  expect(field?.default, key).toEqual(literal(raw));
  if (literal(raw) === undefined && raw !== null && raw !== undefined && raw !== "null") {
    expect(field?.defaultExpression, key).toBeTruthy();
  }
}

describe("built-in types", () => {
  it("are the types of catalog/README.md", () => {
    expect(builtinTypes.map((definition) => definition.type)).toEqual([
      "vpc",
      "s3-bucket",
      "route53-zone",
      "serverless-site",
      "serverless-api",
      "lambda",
      "ecs-cluster",
      "ecs-service",
      "cognito-sso",
      "clickhouse",
      "grafana",
      "openapi",
      "email-forwarding",
    ]);
  });

  it.each(builtinTypes.map((definition) => [definition.type, definition] as const))(
    "%s is a valid type definition",
    (_, definition) => {
      expect(typeDefinitionSchema.parse(definition)).toStrictEqual(definition);
      expect(checkDefinition(definition)).toEqual([]);
      expect(definition.fields.tags).toMatchObject({ type: "map", values: { type: "string" } });
      expect(definition.fields.project).toMatchObject({ type: "string" });
    },
  );

  it("reference only types of the catalog", () => {
    const types = new Set(builtinTypes.map((definition) => definition.type));
    for (const definition of builtinTypes) {
      for (const reference of definition.references) {
        if (reference.target !== "*") expect(types, definition.type).toContain(reference.target);
      }
    }
  });

  it.each(
    Object.keys(interfaces.components).filter((type) =>
      builtinTypes.some((definition) => definition.type === type),
    ),
  )(
    "%s has exactly the config keys, required flags and literal defaults of the component",
    (type) => {
      const facts = interfaces.components[type]!;
      const definition = byType(type);
      const keys = Object.keys(facts.config_keys).map((key) => key.replace("(terraform var) ", ""));
      expect(Object.keys(definition.fields).sort()).toEqual(
        [...keys, ...(extraKeys[type] ?? []), "tags", "project"].sort(),
      );
      for (const [rawKey, key] of Object.entries(facts.config_keys)) {
        const name = rawKey.replace("(terraform var) ", "");
        expect(definition.fields[name]?.required ?? false, name).toBe(key.required);
        expectDefault(definition.fields[name], key.default, name);
      }
      for (const [key, sub] of Object.entries(facts.config_sub_keys)) {
        if (!sub.optional_fields || Array.isArray(sub.optional_fields)) continue;
        const field = definition.fields[key];
        expect(field?.type, key).toBe("object");
        if (field?.type !== "object") continue;
        for (const [subKey, raw] of Object.entries(sub.optional_fields)) {
          // route53-zone's summary gives the types of its sub-keys rather than defaults
          const kind = /^(list|map)\(/.exec(raw)?.[1];
          if (kind) expect(field.fields[subKey]?.type, `${key}.${subKey}`).toBe(kind);
          else
            expectDefault(
              field.fields[subKey],
              raw.startsWith("[] of") ? "[]" : raw,
              `${key}.${subKey}`,
            );
        }
      }
      if (type !== "lambda") expect(definition.runtimeOutputs).toEqual(facts.runtime_keys);
    },
  );

  it("describe lambda functions as a map of objects with four required keys", () => {
    const functions = byType("lambda").fields.functions;
    expect(functions?.type).toBe("map");
    if (functions?.type !== "map" || functions.values.type !== "object") throw new Error("shape");
    const fields = functions.values.fields;
    expect(Object.keys(fields).filter((key) => fields[key]?.required)).toEqual([
      "runtime",
      "handler",
      "memory_size",
      "timeout",
    ]);
    expect(Object.keys(fields).filter((key) => !fields[key]?.required)).toEqual([
      "src_type",
      "src_nickname",
      "vpc_nickname",
    ]);
  });

  it("leave out the keys serverless-site does not read", () => {
    expect(byType("serverless-site").fields).not.toHaveProperty("index_document");
    expect(byType("serverless-site").fields).not.toHaveProperty("error_document");
  });
});

describe("built-in type files", () => {
  it("are all bundled, one per type", () => {
    expect(jsonFiles.map((file) => file.replace(/\.json$/, "")).sort()).toEqual(
      builtinTypes.map((definition) => definition.type).sort(),
    );
  });

  it.each(jsonFiles)("%s reads as a custom type would, with no issues", (file) => {
    const type = file.replace(/\.json$/, "");
    const read = readTypeDefinition(`.karma/types/${file}`, builtinText(file), type);
    expect(read.issues).toEqual([]);
    expect(read.definition).not.toBeNull();
    expect(checkDefinition(read.definition!)).toEqual([]);
    expect(builtinCatalog().types.get(type)).toStrictEqual(readBuiltinType(type, read.definition));
  });

  it("replace the built-in, with only that warning, when a repository holds one", () => {
    const { catalog, issues } = loadCatalog({ ".karma/types/vpc.json": builtinText("vpc.json") });
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
    expect(catalog).not.toBe(builtinCatalog());
    expect(catalog.types.get("vpc")).toStrictEqual(builtinCatalog().types.get("vpc"));
  });

  it("fail loudly when one does not read", () => {
    const vpc = JSON.parse(builtinText("vpc.json"));
    expect(() => readBuiltinType("vpc", { ...vpc, runtimePublishing: "sometimes" })).toThrow(
      /^built-in type definition builtin\/vpc\.json is invalid: runtimePublishing: /,
    );
    expect(() => readBuiltinType("s3-bucket", vpc)).toThrow(/defines type "vpc"/);
  });
});
