import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixtureDir, runBin, runMain } from "./run-cli.ts";

const snapshots = fileURLToPath(new URL("../../core/src/runtime/fixtures/", import.meta.url));
const drift = (snapshot: string, ...args: string[]) =>
  runMain(["drift", fixtureDir, "--snapshot", snapshot, ...args], { cwd: snapshots });

interface DriftJson {
  env: string;
  snapshot: { file: string; prefix: string; parameterCount: number };
  components: { id: string; status: string; changes: unknown[] }[];
  missingOutputs: { dependent: string; missing: string[] }[];
  issues: { severity: string; file: string; line: number }[];
  summary: Record<string, number>;
}

describe("karma drift", () => {
  it("exits 0 when prod is deployed as the repository says", async () => {
    const { code, stdout, stderr } = await drift("prod-in-sync.json", "--env", "prod");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "external      openapi/demo-api   not in the repository; read by serverless-api/demo-api",
        "external      openapi/karma-api  not in the repository; read by serverless-api/karma-api",
        "",
        "prod against prod-in-sync.json (/iac, 27 parameters): 11 in sync, 2 external",
        "",
      ].join("\n"),
    );
  });

  it("exits 2 and lists drift key by key, missing outputs and snapshot issues", async () => {
    const { code, stdout } = await drift("prod-paginated.json", "--env", "prod");
    expect(code).toBe(2);
    expect(stdout).toContain(
      [
        "drifted       serverless-api/demo-api  iac/prod/serverless-api/demo-api/config.json",
        '    ~ stage_name: "v2" deployed, "v1" in the repository',
        '    + tags.Owner: "usekarma" (not deployed)',
        "    - cors_enabled: true (deployed only)",
        "unmanaged     sqs-queue/jobs           runtime only",
        "unmanaged     vpc/legacy               /karma/prod/iac/vpc/legacy/config",
      ].join("\n"),
    );
    expect(stdout).toMatch(
      /^not deployed {2}s3-bucket\/karma-api {6}no \/karma\/prod\/iac\/s3-bucket\/karma-api\/config in the snapshot \(a runtime is published\)$/m,
    );
    expect(stdout).toMatch(
      /^iac\/prod\/serverless-api\/karma-api\/config\.json:4:3 {2}warning {2}serverless-api\/karma-api reads definition from the runtime of openapi\/karma-api .* {2}\[missing-runtime-output\]$/m,
    );
    expect(stdout).toMatch(
      /^prod-paginated\.json:119:22 +warning +runtime of route53-zone\/strall-com looks like JSON/m,
    );
    expect(stdout).toMatch(
      /\nprod against prod-paginated\.json \(\/karma\/prod\/iac, 31 parameters\): 9 in sync, 1 drifted, 1 not deployed, 2 unmanaged, 2 external; 1 missing runtime output, 2 snapshot issues\n$/,
    );
  });

  it("prints a stable JSON document", async () => {
    const { code, stdout } = await drift("prod-paginated.json", "--env", "prod", "--json");
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as DriftJson;
    expect(Object.keys(report)).toEqual([
      "env",
      "snapshot",
      "components",
      "missingOutputs",
      "issues",
      "summary",
    ]);
    expect(report.snapshot).toEqual({
      file: "prod-paginated.json",
      prefix: "/karma/prod/iac",
      parameterCount: 31,
    });
    expect(report.components.map((c) => c.id)).toEqual(
      [...report.components.map((c) => c.id)].sort(),
    );
    expect(report.components.find((c) => c.id === "serverless-api/demo-api")?.changes).toHaveLength(
      3,
    );
    expect(report.missingOutputs.map((m) => [m.dependent, m.missing])).toEqual([
      ["serverless-api/karma-api", ["definition"]],
    ]);
    expect(report.summary).toEqual({
      components: 15,
      inSync: 9,
      drifted: 1,
      notDeployed: 1,
      unknown: 0,
      unmanaged: 2,
      external: 2,
      missingOutputs: 1,
    });
  });

  it("exits 1 when deployed configs cannot be read, saying why", async () => {
    const { code, stdout } = await drift("prod-unreadable.json", "--env", "prod");
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^unknown +s3-bucket\/karma-api +deployed config .* SecureString that was not decrypted/m,
    );
    expect(stdout).toMatch(
      /^prod-unreadable\.json:141:22 +error +deployed config of s3-bucket\/karma-api/m,
    );
  });

  it("exits 1 for arguments it cannot use, never 2 (which means drift)", async () => {
    const several = await drift("prod-in-sync.json");
    expect(several.code).toBe(1);
    expect(several.stderr).toBe(
      "karma: the snapshot has no environment: pass --env (environments: dev, prod)\n",
    );
    const missing = await runMain(["drift", fixtureDir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^karma: missing --snapshot <file>\n\nUsage: karma drift /);
    const unreadable = await drift("no-such-snapshot.json", "--env", "prod");
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toBe(
      `karma: cannot read the snapshot ${snapshots}no-such-snapshot.json: no such file or directory\n`,
    );
    const env = await drift("prod-in-sync.json", "--env", "staging");
    expect(env.code).toBe(1);
    expect(env.stderr).toBe('karma: unknown environment "staging" (environments: dev, prod)\n');
    const flag = await drift("prod-in-sync.json", "--strict");
    expect(flag.code).toBe(1);
  });

  it("colours statuses for a terminal", async () => {
    const { stdout } = await runMain(
      ["drift", fixtureDir, "--snapshot", "prod-paginated.json", "--env", "prod"],
      { cwd: snapshots, tty: true },
    );
    expect(stdout).toContain("\u001b[33mdrifted");
    expect(stdout).toContain("\u001b[36munmanaged");
  });

  it("runs from the karma executable with the same exit codes", async () => {
    const { code, stdout } = await runBin(
      ["drift", fixtureDir, "--snapshot", "prod-paginated.json", "--env", "prod", "--json"],
      snapshots,
    );
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as DriftJson).env).toBe("prod");
  });
});
