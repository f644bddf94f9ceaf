import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { computePlan } from "./compute-plan.ts";

const site = "iac/prod/serverless-site/strall-com/config.json";
const zone = "iac/prod/route53-zone/usekarma-dev/config.json";

describe("computePlan on the real repository", () => {
  const baseline = readFixture();

  it("plans nothing when nothing changed", () => {
    const plan = computePlan(baseline, { ...baseline });
    expect(plan.summary).toEqual({
      create: 0,
      update: 0,
      delete: 0,
      noOp: 14,
      unknown: 0,
      consequences: 0,
    });
    expect(plan.waves).toEqual([]);
  });

  it("updates a site whose zone name changed, with the field diff", () => {
    const desired = {
      ...baseline,
      [site]: baseline[site]!.replace('"strall.com."', '"usekarma.dev"'),
    };
    const plan = computePlan(baseline, desired, { env: "prod" });
    const changed = plan.actions.filter((action) => action.action !== "no-op");
    expect(changed).toEqual([
      {
        component: "serverless-site/strall-com",
        env: "prod",
        type: "serverless-site",
        nickname: "strall-com",
        file: site,
        action: "update",
        changes: [{ path: "route53_zone_name", before: "strall.com.", after: "usekarma.dev" }],
      },
    ]);
    expect(plan.waves).toEqual([
      {
        env: "prod",
        index: 1,
        phase: "apply",
        components: ["serverless-site/strall-com"],
        cycle: false,
      },
    ]);
    expect(plan.consequences).toEqual([]);
    expect(plan.issues).toEqual([]);
  });

  it("refuses to delete a zone that sites and apis still reference, and lists the consequences", () => {
    const { [zone]: _deleted, ...desired } = baseline;
    const plan = computePlan(baseline, desired);
    expect(plan.summary).toMatchObject({ delete: 1, update: 0, create: 0, consequences: 4 });
    expect(plan.waves).toEqual([
      {
        env: "prod",
        index: 1,
        phase: "destroy",
        components: ["route53-zone/usekarma-dev"],
        cycle: false,
      },
    ]);
    expect(plan.consequences.map((c) => `${c.component} <- ${c.path.join(" -> ")}`)).toEqual([
      "serverless-api/demo-api <- serverless-api/demo-api -> route53-zone/usekarma-dev",
      "serverless-api/karma-api <- serverless-api/karma-api -> route53-zone/usekarma-dev",
      "serverless-site/adage-usekarma-dev <- serverless-site/adage-usekarma-dev -> route53-zone/usekarma-dev",
      "serverless-site/usekarma-dev <- serverless-site/usekarma-dev -> route53-zone/usekarma-dev",
    ]);
    expect(
      plan.issues.map((issue) => `${issue.severity} ${issue.file}:${issue.line}:${issue.column}`),
    ).toEqual([
      "error iac/prod/serverless-api/demo-api/config.json:7:3",
      "error iac/prod/serverless-api/karma-api/config.json:7:3",
      "error iac/prod/serverless-site/adage-usekarma-dev/config.json:9:3",
      "error iac/prod/serverless-site/usekarma-dev/config.json:9:3",
    ]);
  });

  it("orders a new zone before the new site that uses it, and marks the external reference resolved", () => {
    const desired = {
      ...baseline,
      "iac/dev/route53-zone/strall-com/config.json": '{ "zone_name": "strall.com" }\n',
      "iac/dev/lambda/jobs/config.json": JSON.stringify({
        functions: {
          run: { runtime: "python3.12", handler: "main.handler", memory_size: 128, timeout: 10 },
        },
      }),
    };
    const plan = computePlan(baseline, desired, { env: "dev" });
    expect(plan.actions.filter((a) => a.action === "create").map((a) => a.component)).toEqual([
      "lambda/jobs",
      "route53-zone/strall-com",
    ]);
    expect(plan.waves.map((wave) => wave.components)).toEqual([
      ["lambda/jobs", "route53-zone/strall-com"],
    ]);
    expect(plan.consequences).toEqual([
      {
        component: "serverless-site/strall-com",
        env: "dev",
        cause: "route53-zone/strall-com",
        path: ["serverless-site/strall-com", "route53-zone/strall-com"],
      },
    ]);
  });

  it("orders dependencies first on apply and dependents first on destroy", () => {
    const files = {
      "iac/prod/vpc/main/config.json": "{}",
      "iac/prod/ecs-cluster/core/config.json": '{ "vpc_nickname": "main" }',
    };
    const apply = computePlan({}, files);
    expect(apply.waves.map((wave) => `${wave.phase} ${wave.components}`)).toEqual([
      "apply vpc/main",
      "apply ecs-cluster/core",
    ]);
    const destroy = computePlan(files, {});
    expect(destroy.waves.map((wave) => `${wave.phase} ${wave.components}`)).toEqual([
      "destroy ecs-cluster/core",
      "destroy vpc/main",
    ]);
  });
});

describe("computePlan edge cases", () => {
  const baseline = readFixture();

  it("flags a new reference to a component the same change deletes", () => {
    const { [zone]: _zone, ...desired } = baseline;
    desired["iac/prod/serverless-site/docs/config.json"] = JSON.stringify({
      content_bucket_prefix: "docs",
      cloudfront_comment: "Docs",
      route53_zone_name: "usekarma.dev.",
    });
    const plan = computePlan(baseline, desired, { env: "prod" });
    expect(plan.issues.filter((i) => i.severity === "error").map((i) => i.component)).toContain(
      "serverless-site/docs",
    );
  });

  it("lists a created component's config key by key", () => {
    const desired = {
      ...baseline,
      "iac/prod/vpc/main/config.json": '{ "cidr": "10.0.0.0/16", "az_count": 2 }',
    };
    const create = computePlan(baseline, desired).actions.find((a) => a.action === "create");
    expect(create?.changes).toEqual([
      { path: "cidr", after: "10.0.0.0/16" },
      { path: "az_count", after: 2 },
    ]);
  });

  it("puts unrelated changes in the same wave", () => {
    const desired = {
      ...baseline,
      [site]: baseline[site]!.replace('"strall.com."', '"usekarma.dev"'),
      "iac/prod/route53-zone/example/config.json": '{ "zone_name": "example.com" }',
    };
    const plan = computePlan(baseline, desired, { env: "prod" });
    expect(plan.waves.map((wave) => wave.components)).toEqual([
      ["route53-zone/example", "serverless-site/strall-com"],
    ]);
  });

  it("orders changed components through unchanged ones in between", () => {
    const files = {
      "iac/prod/vpc/main/config.json": "{}",
      "iac/prod/ecs-cluster/core/config.json": '{ "vpc_nickname": "main" }',
      "iac/prod/ecs-service/web/config.json": '{ "cluster_nickname": "core" }',
    };
    const desired = {
      ...files,
      "iac/prod/vpc/main/config.json": '{ "az_count": 3 }',
      "iac/prod/ecs-service/web/config.json": '{ "cluster_nickname": "core", "cpu": 512 }',
    };
    const plan = computePlan(files, desired);
    expect(plan.waves.map((wave) => wave.components)).toEqual([["vpc/main"], ["ecs-service/web"]]);
    expect(plan.consequences.map((c) => c.component)).toEqual(["ecs-cluster/core"]);
  });
});
