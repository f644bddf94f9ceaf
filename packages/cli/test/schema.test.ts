import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
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
      expect(stdout.trimEnd().split("\n")).toEqual(
        written.map((file) => `wrote schemas/json/${file}`),
      );
      const vpc = JSON.parse(await readFile(join(dir, "schemas/json/vpc.schema.json"), "utf8"));
      expect(vpc.properties).toHaveProperty("cidr");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("adds the repository's own types with --repo and reports invalid definitions", async () => {
    const dir = await mkdtemp(join(tmpdir(), "karma-schema-repo-"));
    try {
      await mkdir(join(dir, ".karma/types"), { recursive: true });
      const queue = {
        type: "sqs-queue",
        title: "SQS queue",
        category: "messaging",
        description: "A queue",
        fields: { queue_name: { type: "string", required: true } },
      };
      await writeFile(join(dir, ".karma/types/sqs-queue.json"), JSON.stringify(queue, null, 2));
      const valid = await runMain(["schema", "--repo", dir]);
      expect(valid.stderr).toBe("");
      expect(valid.code).toBe(0);
      const schemas = JSON.parse(valid.stdout) as Record<string, { required?: string[] }>;
      expect(Object.keys(schemas)).toEqual([...builtinTypes.slice(0, 12), "sqs-queue", "vpc"]);
      expect(schemas["sqs-queue"]?.required).toEqual(["queue_name"]);

      await writeFile(join(dir, ".karma/types/broken.json"), '{"type": "broken",');
      const broken = await runMain(["schema", "--repo", dir]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/^\.karma\/types\/broken\.json:1:\d+ +error /m);
      expect(Object.keys(JSON.parse(broken.stdout))).toContain("sqs-queue");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("exits 1 with the reason when the folder cannot be created", async () => {
    const dir = await mkdtemp(join(tmpdir(), "karma-schema-file-"));
    try {
      await writeFile(join(dir, "taken"), "");
      const { code, stdout, stderr } = await runMain(["schema", "--out", "taken/schemas"], {
        cwd: dir,
      });
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toBe(
        `karma: cannot write schemas to ${join(dir, "taken/schemas")}: not a directory\n`,
      );
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
