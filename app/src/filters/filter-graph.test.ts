import { buildGraph, loadWorkspace } from "@karma/core";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { filterGraph, passesIssueFilter } from "./filter-graph.ts";

const prod = buildGraph(loadWorkspace(sampleFiles()), "prod");

describe("canvas filters", () => {
  it("give back the same graph when nothing is filtered", () => {
    expect(filterGraph(prod, [], "all", new Map())).toBe(prod);
  });

  it("hide the components of hidden types and their edges", () => {
    const shown = filterGraph(prod, ["route53-zone"], "all", new Map());
    expect(shown.nodes.some((node) => node.type === "route53-zone")).toBe(false);
    expect(shown.edges.some((edge) => edge.key === "route53_zone_name")).toBe(false);
    expect(shown.nodes).toHaveLength(prod.nodes.length - 2);
  });

  it("keep components by issue status", () => {
    const counts = new Map([["serverless-api/demo-api", { errors: 0, warnings: 1 }]]);
    const warned = filterGraph(prod, [], "warnings", counts);
    expect(warned.nodes.map((node) => node.id)).toEqual(["serverless-api/demo-api"]);
    expect(passesIssueFilter(undefined, "clean")).toBe(true);
    expect(passesIssueFilter({ errors: 1, warnings: 0 }, "clean")).toBe(false);
    expect(passesIssueFilter({ errors: 1, warnings: 0 }, "errors")).toBe(true);
  });
});
