import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyFixture, fixtureDir, invalidPlaceholderFile, runMain } from "./run-cli.ts";

interface ValidateJson {
  components: number;
  environments: string[];
  issues: { severity: string; code: string; file: string; line: number; column: number }[];
}

describe("karma validate on the real repository", () => {
  it("passes, listing warnings and notes by file with a summary", async () => {
    const { code, stdout, stderr } = await runMain(["validate", fixtureDir]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^14 components in 2 environments \(dev, prod\): 0 errors, \d+ warnings?, \d+ notes?$/m,
    );
    expect(stdout).toMatch(
      /^iac\/dev\/serverless-site\/strall-com\/config\.json:9:3 +warning +.+ {2}\[missing-reference\]$/m,
    );
    expect(stdout).not.toContain("\u001b[");
  });

  it("prints the components, environments and issues as JSON", async () => {
    const { code, stdout } = await runMain(["validate", fixtureDir, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ValidateJson;
    expect(Object.keys(report)).toEqual(["components", "environments", "issues"]);
    expect(report.components).toBe(14);
    expect(report.environments).toEqual(["dev", "prod"]);
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(report.issues.some((issue) => issue.code === "missing-reference")).toBe(true);
  });

  it("counts only the chosen environment", async () => {
    const { code, stdout } = await runMain(["validate", fixtureDir, "--env", "prod", "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ValidateJson;
    expect(report.components).toBe(11);
    expect(report.environments).toEqual(["prod"]);
    expect(report.issues.every((issue) => !issue.file.startsWith("iac/dev/"))).toBe(true);
  });

  it("refuses an unknown environment, naming the ones there are", async () => {
    const { code, stdout, stderr } = await runMain(["validate", fixtureDir, "--env", "staging"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('karma: unknown environment "staging" (environments: dev, prod)\n');
  });

  it("colours output for a terminal unless NO_COLOR is set", async () => {
    const coloured = await runMain(["validate", fixtureDir], { tty: true });
    expect(coloured.stdout).toContain("\u001b[33mwarning");
    const plain = await runMain(["validate", fixtureDir], { tty: true, env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toContain("\u001b[");
  });
});

describe("karma validate on a repository with an invalid file", () => {
  let remove: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await remove?.();
  });

  it("fails with the file's line and column and still loads every other component", async () => {
    const copy = await copyFixture();
    remove = copy.remove;
    const broken = join(copy.dir, "iac/prod/serverless-api/broken");
    await mkdir(broken, { recursive: true });
    await copyFile(invalidPlaceholderFile, join(broken, "config.json"));

    const text = await runMain(["validate", copy.dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /^iac\/prod\/serverless-api\/broken\/config\.json:4:27 +error +.*<<OpenAPI.* {2}\[invalid-json\]$/m,
    );
    expect(text.stdout).toMatch(/^15 components in 2 environments \(dev, prod\): 1 error, /m);

    const json = JSON.parse(
      (await runMain(["validate", copy.dir, "--json"])).stdout,
    ) as ValidateJson;
    expect(json.issues.filter((issue) => issue.severity === "error")).toEqual([
      expect.objectContaining({
        code: "invalid-json",
        file: "iac/prod/serverless-api/broken/config.json",
        line: 4,
        column: 27,
      }),
    ]);

    const graph = JSON.parse((await runMain(["graph", copy.dir])).stdout) as {
      nodes: { id: string; env: string; external: boolean }[];
    };
    expect(
      graph.nodes.filter((node) => !node.external && node.id !== "serverless-api/broken"),
    ).toHaveLength(14);
  });
});
