import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import type { FileMap } from "../json.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { computeDrift } from "./compute-drift.ts";
import { parseSnapshot } from "./parse-snapshot.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const statuses = (report: ReturnType<typeof computeDrift>) =>
  Object.fromEntries(report.components.map((c) => [c.id, c.status]));

describe("computeDrift against the real repository", () => {
  const workspace = loadWorkspace(readFixture());

  it("finds prod in sync with a snapshot of exactly its configs", () => {
    const report = computeDrift(
      workspace,
      parseSnapshot(fixture("prod-in-sync.json"), "s.json"),
      "prod",
    );
    expect(report.summary).toEqual({
      components: 13,
      inSync: 11,
      drifted: 0,
      notDeployed: 0,
      unknown: 0,
      unmanaged: 0,
      external: 2,
      missingOutputs: 0,
    });
    expect(report.components.find((c) => c.id === "openapi/demo-api")).toEqual({
      id: "openapi/demo-api",
      type: "openapi",
      nickname: "demo-api",
      status: "external",
      file: null,
      parameter: null,
      changes: [],
      hasRuntime: true,
      referencedBy: ["serverless-api/demo-api"],
    });
    expect(report.components.find((c) => c.id === "lambda/demo-api")).toMatchObject({
      status: "in-sync",
      file: "iac/prod/lambda/demo-api/config.json",
      parameter: "/iac/lambda/demo-api/config",
      hasRuntime: true,
    });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("reports drifted, not deployed, unmanaged and missing runtime outputs", () => {
    const snapshot = parseSnapshot(fixture("prod-paginated.json"), "prod-paginated.json");
    const report = computeDrift(workspace, snapshot, "prod");
    expect(statuses(report)).toMatchObject({
      "s3-bucket/demo-api": "in-sync",
      "s3-bucket/karma-api": "not-deployed",
      "serverless-api/demo-api": "drifted",
      "sqs-queue/jobs": "unmanaged",
      "vpc/legacy": "unmanaged",
      "openapi/karma-api": "external",
    });
    const api = report.components.find((c) => c.id === "serverless-api/demo-api")!;
    expect(api.parameter).toBe("/karma/prod/iac/serverless-api/demo-api/config");
    expect(api.changes).toEqual([
      { path: "stage_name", before: "v2", after: "v1" },
      { path: "tags.Owner", after: "usekarma" },
      { path: "cors_enabled", before: true },
    ]);
    expect(report.missingOutputs).toEqual([
      {
        dependent: "serverless-api/karma-api",
        dependency: "openapi/karma-api",
        key: "openapi",
        kind: "nickname",
        missing: ["definition"],
        runtime: "incomplete",
        file: "iac/prod/serverless-api/karma-api/config.json",
        line: 4,
        column: 3,
        message:
          "serverless-api/karma-api reads definition from the runtime of openapi/karma-api (openapi), but its deployed runtime lacks it",
      },
    ]);
    expect(report.summary).toMatchObject({ drifted: 1, notDeployed: 1, unmanaged: 2, external: 2 });
    expect(report.issues).toBe(snapshot.issues);
  });

  it("cannot compare a component whose deployed config is unreadable, and says why", () => {
    const report = computeDrift(
      workspace,
      parseSnapshot(fixture("prod-unreadable.json"), "s.json"),
      "prod",
    );
    expect(report.components.find((c) => c.id === "s3-bucket/karma-api")).toMatchObject({
      status: "unknown",
      reason: expect.stringContaining("SecureString that was not decrypted"),
    });
    expect(report.summary.unknown).toBe(2);
  });

  it("lists everything as unmanaged for an environment the snapshot does not belong to", () => {
    const report = computeDrift(
      workspace,
      parseSnapshot(fixture("prod-in-sync.json"), "s.json"),
      "dev",
    );
    expect(statuses(report)).toMatchObject({
      "serverless-site/test-site": "not-deployed",
      "serverless-site/strall-com": "drifted",
      "s3-bucket/demo-api": "unmanaged",
    });
  });
});

describe("computeDrift on small repositories", () => {
  const vpcRuntime = { vpc_id: "vpc-1", default_sg_id: "sg-1" };
  const snapshotOf = (parameters: Record<string, unknown>) =>
    parseSnapshot(
      JSON.stringify({
        Parameters: Object.entries(parameters).map(([Name, value]) => ({
          Name,
          Type: "String",
          Value: typeof value === "string" ? value : JSON.stringify(value),
        })),
      }),
      "s.json",
    );
  const files: FileMap = {
    "iac/dev/vpc/main/config.json": '{"cidr": "10.0.0.0/16"}\n',
    "iac/dev/ecs-cluster/apps/config.json": '{\n  "vpc_nickname": "main"\n}\n',
    "iac/dev/lambda/jobs/config.json":
      '{"functions": {"a": {"runtime": "python3.12", "handler": "h", "memory_size": 128, "timeout": 3, "vpc_nickname": "main"}}}',
    "iac/dev/vpc/broken/config.json": "{",
  };

  it("flags every output a reference reads from a deployed runtime that lacks them", () => {
    const report = computeDrift(
      loadWorkspace(files),
      snapshotOf({
        "/iac/vpc/main/config": { cidr: "10.0.0.0/16" },
        "/iac/vpc/main/runtime": vpcRuntime,
        "/iac/vpc/broken/config": {},
      }),
      "dev",
    );
    expect(
      report.missingOutputs.map((m) => [m.dependent, m.key, m.missing, m.line, m.column]),
    ).toEqual([
      ["ecs-cluster/apps", "vpc_nickname", ["private_subnet_ids"], 2, 3],
      [
        "lambda/jobs",
        "functions.a.vpc_nickname",
        ["private_subnet_ids"],
        1,
        files["iac/dev/lambda/jobs/config.json"]!.indexOf('"vpc_nickname"') + 1,
      ],
    ]);
    expect(report.components.find((c) => c.id === "vpc/broken")).toMatchObject({
      status: "unknown",
      reason: "iac/dev/vpc/broken/config.json is not valid JSON",
    });
  });

  it("says when the provider publishes no runtime or a plain value", () => {
    const absent = computeDrift(
      loadWorkspace(files),
      snapshotOf({ "/iac/vpc/main/config": { cidr: "10.0.0.0/16" } }),
      "dev",
    );
    expect(absent.missingOutputs[0]).toMatchObject({
      runtime: "absent",
      missing: ["vpc_id", "default_sg_id", "private_subnet_ids"],
      message: expect.stringMatching(/, which publishes no runtime$/),
    });
    const plain = computeDrift(
      loadWorkspace(files),
      snapshotOf({ "/iac/vpc/main/runtime": "vpc-1" }),
      "dev",
    );
    expect(plain.missingOutputs[0]).toMatchObject({ runtime: "not-an-object" });
    expect(plain.components.find((c) => c.id === "vpc/main")).toMatchObject({
      status: "not-deployed",
      hasRuntime: true,
    });
  });

  it("counts per-key runtime parameters as published outputs", () => {
    const report = computeDrift(
      loadWorkspace(files),
      snapshotOf({
        "/iac/vpc/main/runtime/vpc_id": "vpc-1",
        "/iac/vpc/main/runtime/default_sg_id": "sg-1",
        "/iac/vpc/main/runtime/private_subnet_ids": "subnet-1,subnet-2",
      }),
      "dev",
    );
    expect(report.missingOutputs).toEqual([]);
  });
});
