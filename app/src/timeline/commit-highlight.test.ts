import type { Graph, GraphEdge } from "@karma/core";
import { describe, expect, it } from "vitest";
import { addedEdgeIds, grownNodes, highlightCss } from "./commit-highlight.ts";

const edge = (dependent: string, dependency: string, key: string): GraphEdge => ({
  dependent,
  dependency,
  key,
  kind: "nickname",
  env: "dev",
});

const graph = (edges: GraphEdge[]): Graph => ({ env: "dev", nodes: [], edges });

describe("addedEdgeIds", () => {
  it("gives the references the later graph has and the earlier had not, by edge id", () => {
    const before = graph([edge("ecs-cluster/core", "vpc/core", "vpc_nickname")]);
    const after = graph([
      edge("ecs-cluster/core", "vpc/core", "vpc_nickname"),
      edge("ecs-service/api", "ecs-cluster/core", "cluster_nickname"),
      edge("ecs-service/api", "vpc/core", "vpc_nickname"),
    ]);
    expect(addedEdgeIds(before, after)).toEqual([
      "ecs-service/api->ecs-cluster/core:cluster_nickname",
      "ecs-service/api->vpc/core:vpc_nickname",
    ]);
  });

  it("tells a reference through another key apart, and ignores removed ones", () => {
    const before = graph([edge("lambda/jobs", "vpc/core", "functions.a.vpc_nickname")]);
    const after = graph([edge("lambda/jobs", "vpc/core", "functions.b.vpc_nickname")]);
    expect(addedEdgeIds(before, after)).toEqual(["lambda/jobs->vpc/core:functions.b.vpc_nickname"]);
    expect(addedEdgeIds(after, graph([]))).toEqual([]);
  });

  it("counts every reference of the first commit as added", () => {
    const first = graph([edge("ecs-cluster/core", "vpc/core", "vpc_nickname")]);
    expect(addedEdgeIds(graph([]), first)).toEqual(["ecs-cluster/core->vpc/core:vpc_nickname"]);
  });
});

describe("grownNodes", () => {
  it("gives the nodes shown after a step and not before it, in the later order", () => {
    expect(grownNodes(["vpc/core", "ecs-cluster/core"], ["ecs-service/api", "vpc/core"])).toEqual([
      "ecs-service/api",
    ]);
  });

  it("gives nothing for a step back", () => {
    expect(grownNodes(["ecs-service/api", "vpc/core"], ["vpc/core"])).toEqual([]);
  });
});

describe("highlightCss", () => {
  it("animates the grown nodes only where motion is welcome, and colours the added edges", () => {
    const css = highlightCss(["ecs-service/api"], ["ecs-service/api->vpc/core:vpc_nickname"]);
    expect(css).toContain("@media (prefers-reduced-motion: no-preference)");
    expect(css).toContain('.timeline-view .react-flow__node[data-id="ecs-service/api"] > *');
    expect(css).toContain("animation: timeline-grow");
    expect(css).toContain(
      '.timeline-view .react-flow__edge[data-id="ecs-service/api->vpc/core:vpc_nickname"] .react-flow__edge-path',
    );
    expect(css).toContain("stroke: var(--success)");
  });

  it("quotes ids so that a quote in a nickname stays inside the selector", () => {
    expect(highlightCss(['s3-bucket/a"b'], [])).toContain('[data-id="s3-bucket/a\\"b"]');
  });

  it("is empty for a step that changes nothing, and does not animate a whole new picture", () => {
    expect(highlightCss([], [])).toBe("");
    const many = Array.from({ length: 301 }, (_, index) => `s3-bucket/b${index}`);
    expect(highlightCss(many, [])).toBe("");
  });
});
