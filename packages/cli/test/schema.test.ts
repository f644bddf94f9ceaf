import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run-cli.ts";

const builtinTypes = [
  "clickhouse",
  "cognito-sso",
  "ecs-cluster",
  "ecs-service",
  "email-forwarding",
  "grafana",
  "lambda",
  "openapi",
  "route53-zone",
  "s3-bucket",
  "serverless-api",
  "serverless-site",
  "vpc",
];

describe("karma schema", () => {
  it("prints one JSON Schema per built-in type", async () => {
    const { code, stdout } = await runMain(["schema"]);
    expect(code).toBe(0);
    const schemas = JSON.parse(stdout) as Record<string, { type?: string; properties?: object }>;
    expect(Object.keys(schemas)).toEqual(builtinTypes);
    expect(schemas["s3-bucket"]?.properties).toHaveProperty("bucket_name");
  });

  it("writes <type>.schema.json files with --out, creating the folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "karma-schema-"));
    try {
      const { code, stdout } = await runMain(["schema", "--out", "schemas/json"], { cwd: dir });
      expect(code).toBe(0);
      const written = (await readdir(join(dir, "schemas/json"))).sort();
      expect(written).toEqual(builtinTypes.map((type) => `${type}.schema.json`));
      expect(stdout.trimEnd().split("\n")).toEqual(written.map((file) => `wrote schemas/json/${file}`));
      const vpc = JSON.parse(await readFile(join(dir, "schemas/json/vpc.schema.json"), "utf8"));
      expect(vpc.properties).toHaveProperty("cidr");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses positional arguments", async () => {
    const { code, stderr } = await runMain(["schema", "out"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^karma: unexpected argument "out"\n\nUsage: karma schema/);
  });
});
