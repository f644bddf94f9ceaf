import { describe, expect, it } from "vitest";
import { readFixture, readFixtureFile } from "../../test/read-fixture.ts";
import { loadWorkspace } from "./load-workspace.ts";

describe("loadWorkspace", () => {
  it("reads the real aws-config repository", () => {
    const workspace = loadWorkspace(readFixture());
    expect(workspace.environments).toEqual(["dev", "prod"]);
    expect(workspace.readIssues).toEqual([]);
    expect(workspace.components.map((component) => `${component.env}:${component.id}`)).toEqual([
      "dev:serverless-site/strall-com",
      "dev:serverless-site/test-site",
      "dev:serverless-site/usekarma-dev",
      "prod:lambda/demo-api",
      "prod:lambda/karma-api",
      "prod:route53-zone/strall-com",
      "prod:route53-zone/usekarma-dev",
      "prod:s3-bucket/demo-api",
      "prod:s3-bucket/karma-api",
      "prod:serverless-api/demo-api",
      "prod:serverless-api/karma-api",
      "prod:serverless-site/adage-usekarma-dev",
      "prod:serverless-site/strall-com",
      "prod:serverless-site/usekarma-dev",
    ]);
    expect(workspace.components.every((component) => component.knownType)).toBe(true);
    const zone = workspace.components.find(
      (component) => component.id === "route53-zone/usekarma-dev",
    );
    expect(zone?.config?.zone_name).toBe("usekarma.dev.");
    expect(zone?.file).toBe("iac/prod/route53-zone/usekarma-dev/config.json");
  });

  it("reads both forms of account environment files", () => {
    const workspace = loadWorkspace({
      ...readFixture(),
      "account_environments/legacy.json": JSON.stringify({
        name: "staging",
        config_repo: "https://example.com/config.git",
        iac_strict: "true",
        allow_drift: "false",
      }),
    });
    const current = workspace.accountEnvironments.find(
      (account) => account.name === "usekarma-dev-dev",
    );
    expect(current).toMatchObject({
      environment: "dev",
      configBranch: "dev",
      iacStrict: false,
      allowDrift: false,
    });
    const legacy = workspace.accountEnvironments.find((account) => account.name === "staging");
    expect(legacy).toMatchObject({
      environment: "staging",
      configRepo: "https://example.com/config.git",
      iacStrict: true,
      allowDrift: false,
      lambdaStrict: null,
    });
    expect(workspace.environments).toEqual(["dev", "prod", "staging"]);
  });

  it("reports invalid JSON with its position and still loads the rest", () => {
    const file = "iac/prod/serverless-api/broken/config.json";
    const workspace = loadWorkspace({
      ...readFixture(),
      [file]: readFixtureFile("invalid-placeholder.config.json"),
    });
    expect(workspace.components).toHaveLength(15);
    expect(workspace.readIssues).toEqual([
      {
        severity: "error",
        code: "invalid-json",
        component: "serverless-api/broken",
        env: "prod",
        file,
        line: 4,
        column: 27,
        path: "",
        message: 'invalid JSON: unexpected character, found "<<OpenAPI JSON or string"',
      },
    ]);
    const broken = workspace.components.find(
      (component) => component.id === "serverless-api/broken",
    );
    expect(broken?.config).toBeNull();
  });

  it("keeps components of unknown types with their config verbatim", () => {
    const workspace = loadWorkspace({
      "iac/dev/kafka-topic/events/config.json": '{ "partitions": 12, "extra": {"a": [1, null]} }',
    });
    expect(workspace.components[0]).toMatchObject({
      id: "kafka-topic/events",
      knownType: false,
      config: { partitions: 12, extra: { a: [1, null] } },
    });
  });

  it("reports malformed and colliding paths", () => {
    const workspace = loadWorkspace({
      "iac/prod/vpc/config.json": "{}",
      "iac/prod/vpc/main/settings.json": "{}",
      "iac/prod/vpc/main/config.json": "{}",
      "iac/prod/vpc/Main/config.json": "{}",
      "iac/prod/vpc/main/README.md": "notes",
      "account_environments/nested/x.json": "{}",
    });
    expect(workspace.readIssues.map((issue) => [issue.file, issue.code, issue.severity])).toEqual([
      ["account_environments/nested/x.json", "malformed-path", "warning"],
      ["iac/prod/vpc/config.json", "malformed-path", "warning"],
      ["iac/prod/vpc/main/config.json", "duplicate-path", "error"],
      ["iac/prod/vpc/main/settings.json", "malformed-path", "warning"],
    ]);
    expect(workspace.components.map((component) => component.id)).toEqual(["vpc/Main"]);
  });

  it("reports account environment files it cannot use", () => {
    const workspace = loadWorkspace({
      "account_environments/bad.json": '{\n  "environment": "dev",\n  "iac_strict": "maybe"\n}\n',
    });
    expect(
      workspace.readIssues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`),
    ).toEqual([
      "1:1 name: required key is missing",
      '3:3 iac_strict: expected true or false, found "maybe"',
    ]);
  });

  it("reuses the parse of unchanged files", () => {
    const files = readFixture();
    const first = loadWorkspace(files);
    const file = "iac/prod/s3-bucket/demo-api/config.json";
    const second = loadWorkspace(
      { ...files, [file]: files[file]!.replace("true", "false") },
      { previous: first },
    );
    const same = (id: string) =>
      first.components.find((c) => c.id === id && c.env === "prod")?.document ===
      second.components.find((c) => c.id === id && c.env === "prod")?.document;
    expect(same("s3-bucket/karma-api")).toBe(true);
    expect(same("s3-bucket/demo-api")).toBe(false);
  });
});
