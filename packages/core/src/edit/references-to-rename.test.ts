import { describe, expect, it } from "vitest";
import type { Graph, GraphEdge } from "../graph/graph.ts";
import { referencesToRename } from "./references-to-rename.ts";

const edge = (
  dependent: string,
  dependency: string,
  key: string,
  kind: GraphEdge["kind"],
): GraphEdge => ({
  dependent,
  dependency,
  key,
  kind,
  env: "prod",
});

const graph: Graph = {
  env: "prod",
  nodes: [],
  edges: [
    edge("ecs-cluster/core", "vpc/main", "vpc_nickname", "nickname"),
    edge("lambda/api", "vpc/main", "functions.echo.vpc_nickname", "nested"),
    edge("serverless-api/main", "openapi/main", "openapi", "own-nickname"),
    edge("serverless-api/main", "route53-zone/z", "route53_zone_name", "name-match"),
    edge("vpc/main", "s3-bucket/logs", "flow_logs_bucket_nickname", "nickname"),
  ],
};

describe("referencesToRename", () => {
  it("lists the edges pointing at the component, with the files holding them", () => {
    expect(referencesToRename(graph, "vpc/main")).toEqual([
      { file: "iac/prod/ecs-cluster/core/config.json", key: "vpc_nickname", kind: "nickname" },
      {
        file: "iac/prod/lambda/api/config.json",
        key: "functions.echo.vpc_nickname",
        kind: "nested",
      },
    ]);
  });

  it("adds the component's own defaults to its nickname, but not its other references", () => {
    expect(referencesToRename(graph, "serverless-api/main")).toEqual([
      { file: "iac/prod/serverless-api/main/config.json", key: "openapi", kind: "own-nickname" },
    ]);
    expect(referencesToRename(graph, "openapi/main")).toEqual([
      { file: "iac/prod/serverless-api/main/config.json", key: "openapi", kind: "own-nickname" },
    ]);
  });
});
