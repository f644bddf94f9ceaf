import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { buildGraph } from "./build-graph.ts";

const edgeList = (env: string, files = readFixture()) =>
  buildGraph(loadWorkspace(files), env).edges.map(
    (edge) => `${edge.dependent} -> ${edge.dependency} [${edge.key}, ${edge.kind}]`,
  );

describe("buildGraph on the real repository", () => {
  it("resolves prod zones by zone name, trailing dot or not, and keeps openapi external", () => {
    const workspace = loadWorkspace(readFixture());
    const graph = buildGraph(workspace, "prod");
    expect(graph.nodes.filter((node) => !node.external)).toHaveLength(11);
    expect(graph.nodes.filter((node) => node.external)).toEqual([
      {
        id: "openapi/demo-api",
        type: "openapi",
        nickname: "demo-api",
        env: "prod",
        external: true,
        foundInEnv: null,
      },
      {
        id: "openapi/karma-api",
        type: "openapi",
        nickname: "karma-api",
        env: "prod",
        external: true,
        foundInEnv: null,
      },
    ]);
    expect(edgeList("prod")).toEqual([
      "serverless-api/demo-api -> openapi/demo-api [openapi, nickname]",
      "serverless-api/demo-api -> route53-zone/usekarma-dev [route53_zone_name, name-match]",
      "serverless-api/karma-api -> openapi/karma-api [openapi, nickname]",
      "serverless-api/karma-api -> route53-zone/usekarma-dev [route53_zone_name, name-match]",
      "serverless-site/adage-usekarma-dev -> route53-zone/usekarma-dev [route53_zone_name, name-match]",
      "serverless-site/strall-com -> route53-zone/strall-com [route53_zone_name, name-match]",
      "serverless-site/usekarma-dev -> route53-zone/usekarma-dev [route53_zone_name, name-match]",
    ]);
  });

  it("points dev's zone references at the zones that live in prod, as external nodes", () => {
    const graph = buildGraph(loadWorkspace(readFixture()), "dev");
    expect(graph.nodes.filter((node) => node.external)).toEqual([
      {
        id: "route53-zone/strall-com",
        type: "route53-zone",
        nickname: "strall-com",
        env: "dev",
        external: true,
        foundInEnv: "prod",
      },
      {
        id: "route53-zone/usekarma-dev",
        type: "route53-zone",
        nickname: "usekarma-dev",
        env: "dev",
        external: true,
        foundInEnv: "prod",
      },
    ]);
    expect(edgeList("dev")).toEqual([
      "serverless-site/strall-com -> route53-zone/strall-com [route53_zone_name, name-match]",
      "serverless-site/usekarma-dev -> route53-zone/usekarma-dev [route53_zone_name, name-match]",
    ]);
  });

  it("follows all six reference kinds", () => {
    const files = {
      "iac/prod/vpc/main/config.json": "{}",
      "iac/prod/ecs-cluster/core/config.json": JSON.stringify({ vpc_nickname: "main" }),
      "iac/prod/clickhouse/main/config.json": JSON.stringify({ vpc_nickname: "main" }),
      "iac/prod/route53-zone/example/config.json": JSON.stringify({ zone_name: "Example.com." }),
      "iac/prod/serverless-api/api/config.json": JSON.stringify({
        api_name: "api",
        route53_zone_name: "example.com",
      }),
      "iac/prod/lambda/jobs/config.json": JSON.stringify({
        functions: {
          ingest: {
            runtime: "python3.12",
            handler: "h",
            memory_size: 128,
            timeout: 3,
            vpc_nickname: "main",
            src_type: "clickhouse",
            src_nickname: "main",
          },
        },
      }),
      "iac/prod/grafana/main/config.json": JSON.stringify({
        vpc_runtime_path: "/iac/vpc/main/runtime",
      }),
    };
    expect(edgeList("prod", files)).toEqual([
      "clickhouse/main -> vpc/main [vpc_nickname, nickname]",
      "ecs-cluster/core -> vpc/main [vpc_nickname, nickname]",
      "grafana/main -> vpc/main [vpc_runtime_path, parameter-path]",
      "lambda/jobs -> clickhouse/main [functions.ingest.src_nickname, nested]",
      "lambda/jobs -> vpc/main [functions.ingest.vpc_nickname, nested]",
      "serverless-api/api -> openapi/api [openapi, own-nickname]",
      "serverless-api/api -> route53-zone/example [route53_zone_name, name-match]",
    ]);
    const worker = {
      type: "worker",
      title: "Worker",
      category: "compute",
      description: "A custom type reading any component's runtime",
      fields: { src_type: { type: "string" }, src_nickname: { type: "string" } },
      references: [
        { kind: "type-nickname", typeKey: "src_type", nicknameKey: "src_nickname", target: "*" },
      ],
    };
    const withCustomType = {
      ...files,
      ".karma/types/worker.json": JSON.stringify(worker),
      "iac/prod/worker/w1/config.json": JSON.stringify({ src_type: "vpc", src_nickname: "main" }),
    };
    expect(edgeList("prod", withCustomType)).toContain(
      "worker/w1 -> vpc/main [src_nickname, type-nickname]",
    );
  });
});
