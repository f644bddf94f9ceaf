import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { buildGraph } from "../graph/build-graph.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { lineageSubgraph } from "./lineage-subgraph.ts";
import { traceLineage } from "./trace-lineage.ts";

const workspace = loadWorkspace(readFixture());
const prod = buildGraph(workspace, "prod");

describe("traceLineage on the real aws-config repository", () => {
  it("names the file, the account bindings and the parameter paths of a component", () => {
    const trace = traceLineage(workspace, prod, "serverless-api/demo-api")!;
    expect(trace).toMatchObject({
      id: "serverless-api/demo-api",
      env: "prod",
      file: "iac/prod/serverless-api/demo-api/config.json",
      external: false,
      parameters: {
        config: "/iac/serverless-api/demo-api/config",
        runtime: "/iac/serverless-api/demo-api/runtime",
      },
    });
    expect(trace.bindings).toEqual([
      {
        name: "strall-com-prod",
        file: "account_environments/strall-com-prod.json",
        configRepo: "https://github.com/usekarma/aws-config.git",
        configBranch: "main",
      },
      {
        name: "usekarma-dev-prod",
        file: "account_environments/usekarma-dev-prod.json",
        configRepo: "https://github.com/usekarma/aws-config.git",
        configBranch: "main",
      },
    ]);
  });

  it("lists upstream hops by depth with the key of each hop", () => {
    const trace = traceLineage(workspace, prod, "serverless-api/demo-api")!;
    expect(trace.upstream.map(({ id, depth, via, key }) => ({ id, depth, via, key }))).toEqual([
      { id: "openapi/demo-api", depth: 1, via: "serverless-api/demo-api", key: "openapi" },
      {
        id: "route53-zone/usekarma-dev",
        depth: 1,
        via: "serverless-api/demo-api",
        key: "route53_zone_name",
      },
    ]);
    expect(trace.upstream[0]!.external).toBe(true);
    expect(trace.downstream).toEqual([]);
  });

  it("lists everything downstream of the usekarma.dev zone", () => {
    const trace = traceLineage(workspace, prod, "route53-zone/usekarma-dev")!;
    expect(trace.upstream).toEqual([]);
    expect(trace.downstream.map((hop) => [hop.id, hop.depth, hop.key])).toEqual([
      ["serverless-api/demo-api", 1, "route53_zone_name"],
      ["serverless-api/karma-api", 1, "route53_zone_name"],
      ["serverless-site/adage-usekarma-dev", 1, "route53_zone_name"],
      ["serverless-site/usekarma-dev", 1, "route53_zone_name"],
    ]);
  });

  it("follows several hops, and traces an external reference without a file", () => {
    const trace = traceLineage(workspace, prod, "openapi/demo-api")!;
    expect(trace.file).toBeNull();
    expect(trace.external).toBe(true);
    expect(trace.downstream.map((hop) => [hop.id, hop.depth, hop.via])).toEqual([
      ["serverless-api/demo-api", 1, "openapi/demo-api"],
    ]);
    const chain = traceLineage(
      workspace,
      {
        env: "prod",
        nodes: ["a", "b", "c"].map((id) => ({
          id: `t/${id}`,
          type: "t",
          nickname: id,
          env: "prod",
          external: false,
          foundInEnv: null,
        })),
        edges: [
          { dependent: "t/a", dependency: "t/b", key: "b_nickname", kind: "nickname", env: "prod" },
          { dependent: "t/b", dependency: "t/c", key: "c_nickname", kind: "nickname", env: "prod" },
        ],
      },
      "t/a",
    )!;
    expect(chain.upstream.map((hop) => [hop.id, hop.depth, hop.via, hop.key])).toEqual([
      ["t/b", 1, "t/a", "b_nickname"],
      ["t/c", 2, "t/b", "c_nickname"],
    ]);
  });

  it("returns null for a component the graph does not have", () => {
    expect(traceLineage(workspace, prod, "vpc/nowhere")).toBeNull();
    expect(traceLineage(workspace, buildGraph(workspace, "dev"), "lambda/demo-api")).toBeNull();
  });
});

describe("lineageSubgraph", () => {
  it("keeps the lineage of a component up to a depth, with the edges between", () => {
    const sub = lineageSubgraph(prod, "serverless-site/usekarma-dev");
    expect(sub.nodes.map((node) => node.id)).toEqual([
      "route53-zone/usekarma-dev",
      "serverless-site/usekarma-dev",
    ]);
    expect(sub.edges).toHaveLength(1);
    const zone = lineageSubgraph(prod, "route53-zone/usekarma-dev", 1);
    expect(zone.nodes).toHaveLength(5);
    expect(lineageSubgraph(prod, "route53-zone/usekarma-dev", 0).nodes).toHaveLength(1);
    expect(lineageSubgraph(prod, "vpc/nowhere").nodes).toEqual([]);
  });
});
