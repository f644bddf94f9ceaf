import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readFixture } from "../../test/read-fixture.ts";
import { builtinCatalog } from "./catalog.ts";
import { jsonSchemaFor } from "./json-schema.ts";

function definition(type: string) {
  const found = builtinCatalog().types.get(type);
  if (!found) throw new Error(`no built-in type ${type}`);
  return found;
}

describe("jsonSchemaFor", () => {
  it("describes a type's config for editors", () => {
    const schema = jsonSchemaFor(definition("s3-bucket"));
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://usekarma.dev/schemas/s3-bucket.json",
      title: "S3 bucket",
      type: "object",
      required: ["bucket_name"],
      additionalProperties: true,
    });
    const properties = schema.properties as Record<string, unknown>;
    expect(properties.bucket_name).toEqual({
      description: "Globally unique name of the bucket.",
      type: "string",
    });
    expect(properties.sse_algorithm).toEqual({
      description: "Server-side encryption algorithm, used when enable_encryption is true.",
      default: "AES256",
      type: ["string", "null"],
      enum: ["AES256", "aws:kms", "aws:kms:dsse", null],
    });
    expect(properties.tags).toEqual({
      description: "Tags merged into the tags of every resource the component creates.",
      type: ["object", "null"],
      additionalProperties: { type: "string" },
    });
  });

  it("nests maps of objects with their own required keys and bounds", () => {
    const properties = jsonSchemaFor(definition("lambda")).properties as Record<string, unknown>;
    expect(properties.functions).toMatchObject({
      type: ["object", "null"],
      default: {},
      additionalProperties: {
        type: "object",
        required: ["runtime", "handler", "memory_size", "timeout"],
        additionalProperties: true,
        properties: {
          memory_size: { type: "integer", minimum: 128, maximum: 10240 },
          vpc_nickname: { type: ["string", "null"] },
        },
      },
    });
  });

  it("names a computed default in the description instead of giving a value", () => {
    const properties = jsonSchemaFor(definition("ecs-cluster")).properties as Record<
      string,
      Record<string, unknown>
    >;
    expect(properties.cluster_name).toEqual({
      description: "Name of the cluster. Default: ecs-<nickname>.",
      type: ["string", "null"],
    });
  });

  it("is plain JSON", () => {
    const schema = jsonSchemaFor(definition("clickhouse"));
    expect(JSON.parse(JSON.stringify(schema))).toStrictEqual(schema);
  });

  it("accepts every fixture config and refuses what the config schema refuses", () => {
    const files = readFixture();
    let checked = 0;
    for (const [path, text] of Object.entries(files)) {
      if (!path.endsWith("/config.json")) continue;
      const schema = z.fromJSONSchema(jsonSchemaFor(definition(path.split("/")[2]!)));
      expect(schema.safeParse(JSON.parse(text)).success, path).toBe(true);
      checked++;
    }
    expect(checked).toBe(14);
    const lambda = z.fromJSONSchema(jsonSchemaFor(definition("lambda")));
    const fn = { runtime: "python3.12", handler: "main.handler", memory_size: 128, timeout: 10 };
    expect(lambda.safeParse({ functions: { echo: fn }, tags: null }).success).toBe(true);
    expect(lambda.safeParse({ functions: { echo: { ...fn, memory_size: "128" } } }).success).toBe(
      false,
    );
    expect(lambda.safeParse({ functions: { echo: { ...fn, timeout: null } } }).success).toBe(false);
  });
});
