import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import type { Issue } from "../issues/issue.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { validateWorkspace } from "./validate-workspace.ts";

const summary = (issues: Issue[]) =>
  issues.map(
    (issue) =>
      `${issue.severity} ${issue.code} ${issue.file}:${issue.line}:${issue.column} ${issue.path}`,
  );

describe("validateWorkspace", () => {
  it("finds no errors in the real repository, and says what it cannot resolve", () => {
    const issues = validateWorkspace(loadWorkspace(readFixture()));
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(summary(issues.filter((issue) => issue.severity === "warning"))).toEqual([
      "warning missing-reference iac/dev/serverless-site/strall-com/config.json:9:3 route53_zone_name",
      "warning missing-reference iac/dev/serverless-site/usekarma-dev/config.json:9:3 route53_zone_name",
      "warning missing-reference iac/prod/serverless-api/demo-api/config.json:4:3 openapi",
      "warning missing-reference iac/prod/serverless-api/karma-api/config.json:4:3 openapi",
    ]);
    const dev = issues.find(
      (issue) =>
        issue.component === "serverless-site/strall-com" &&
        issue.env === "dev" &&
        issue.code === "missing-reference",
    );
    expect(dev?.message).toContain("route53-zone/strall-com exists in environment prod");
    const notes = issues.filter((issue) => issue.severity === "info");
    expect(notes).toHaveLength(12);
    expect(new Set(notes.map((issue) => `${issue.code} ${issue.path}`))).toEqual(
      new Set(["unknown-key index_document", "unknown-key error_document"]),
    );
  });

  it("limits issues to one environment", () => {
    const workspace = loadWorkspace(readFixture());
    const prod = validateWorkspace(workspace, { env: "prod" });
    expect(prod.every((issue) => issue.env === "prod" || issue.env === null)).toBe(true);
    expect(summary(prod.filter((issue) => issue.severity === "warning"))).toHaveLength(2);
  });

  it("reports schema violations at the offending key", () => {
    const file = "iac/prod/s3-bucket/logs/config.json";
    const issues = validateWorkspace(
      loadWorkspace({ [file]: '{\n  "versioning": "yes",\n  "force_destroy": true\n}\n' }),
    );
    expect(summary(issues)).toEqual([
      `error missing-required ${file}:1:1 bucket_name`,
      `error wrong-type ${file}:2:3 versioning`,
    ]);
    expect(issues[0]?.component).toBe("s3-bucket/logs");
  });

  it("reports references of the wrong type as errors and missing ones as warnings", () => {
    const issues = validateWorkspace(
      loadWorkspace({
        "iac/prod/s3-bucket/data/config.json": '{ "bucket_name": "data" }',
        "iac/prod/grafana/main/config.json":
          '{ "vpc_runtime_path": "/iac/s3-bucket/data/runtime" }',
        "iac/prod/ecs-cluster/core/config.json": '{ "vpc_nickname": "data" }',
      }),
    );
    expect(summary(issues)).toEqual([
      "warning missing-reference iac/prod/ecs-cluster/core/config.json:1:3 vpc_nickname",
      "error wrong-reference-type iac/prod/grafana/main/config.json:1:3 vpc_runtime_path",
    ]);
  });

  it("warns about dependency cycles, unknown types and duplicate keys", () => {
    const files = {
      ".karma/types/relay.json": JSON.stringify({
        type: "relay",
        title: "Relay",
        category: "other",
        description: "forwards to another relay",
        fields: { next: { type: "string" } },
        references: [{ kind: "nickname", key: "next", target: "relay" }],
      }),
      "iac/dev/relay/a/config.json": '{ "next": "b" }',
      "iac/dev/relay/b/config.json": '{ "next": "a" }',
      "iac/dev/teapot/t/config.json": '{ "x": 1, "x": 2 }',
    };
    expect(summary(validateWorkspace(loadWorkspace(files)))).toEqual([
      "warning dependency-cycle iac/dev/relay/a/config.json:1:3 next",
      "warning dependency-cycle iac/dev/relay/b/config.json:1:3 next",
      "warning unknown-type iac/dev/teapot/t/config.json:1:1 ",
      "warning duplicate-key iac/dev/teapot/t/config.json:1:11 x",
    ]);
  });
});
