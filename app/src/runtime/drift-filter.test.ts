import { buildGraph, computeDrift, loadWorkspace, parseSnapshot } from "@karma/core";
import { describe, expect, it } from "vitest";
import paginated from "../../../packages/core/src/runtime/fixtures/prod-paginated.json?raw";
import { sampleFiles } from "../test-support/sample-files.ts";
import { filterGraphByDrift, passesDriftFilter } from "./drift-filter.ts";

const workspace = loadWorkspace(sampleFiles());
const prod = buildGraph(workspace, "prod");

function driftById() {
  const report = computeDrift(workspace, parseSnapshot(paginated, "prod-paginated.json"), "prod");
  return new Map(report.components.map((component) => [component.id, component]));
}

describe("drift filter", () => {
  it("gives back the same graph when it shows any status or no snapshot is imported", () => {
    expect(filterGraphByDrift(prod, "all", driftById())).toBe(prod);
    expect(filterGraphByDrift(prod, "drifted", new Map())).toBe(prod);
  });

  it("keeps only the components of the chosen status, and the edges between them", () => {
    const drift = driftById();
    expect(filterGraphByDrift(prod, "drifted", drift).nodes.map((node) => node.id)).toEqual([
      "serverless-api/demo-api",
    ]);
    expect(filterGraphByDrift(prod, "not-deployed", drift).nodes.map((node) => node.id)).toEqual([
      "s3-bucket/karma-api",
    ]);
    const inSync = filterGraphByDrift(prod, "in-sync", drift);
    expect(inSync.nodes.every((node) => drift.get(node.id)?.status === "in-sync")).toBe(true);
    expect(inSync.nodes.length).toBeGreaterThan(0);
    const kept = new Set(inSync.nodes.map((node) => node.id));
    expect(
      inSync.edges.every((edge) => kept.has(edge.dependent) && kept.has(edge.dependency)),
    ).toBe(true);
    // unmanaged components are not in the repository's graph: they are drawn as ghosts
    expect(filterGraphByDrift(prod, "unmanaged", drift).nodes).toEqual([]);
  });

  it("passes a status only when any status or that one is asked for", () => {
    expect(passesDriftFilter(undefined, "all")).toBe(true);
    expect(passesDriftFilter("external", "in-sync")).toBe(false);
    expect(passesDriftFilter("unmanaged", "unmanaged")).toBe(true);
  });
});
