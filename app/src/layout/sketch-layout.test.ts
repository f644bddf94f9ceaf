import { buildGraph, generateRepository, loadWorkspace } from "@karma/core";
import { describe, expect, it } from "vitest";
import { overviewAspect } from "./fold-into-columns.ts";
import { layoutInput } from "./layout-input.ts";
import { sketchLayout } from "./sketch-layout.ts";

const card = (id: string) => ({ id, width: 240, height: 64 });
const edge = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });

describe("sketchLayout", () => {
  it("puts each card one layer right of its rightmost dependency", () => {
    const positions = sketchLayout(["vpc", "cluster", "service", "zone"].map(card), [
      edge("vpc", "cluster"),
      edge("cluster", "service"),
      edge("vpc", "service"),
    ]);
    expect(positions.vpc!.x).toBe(0);
    expect(positions.zone!.x).toBe(0);
    expect(positions.cluster!.x).toBe(440);
    expect(positions.service!.x).toBe(880);
    // two cards of one layer do not overlap
    expect(Math.abs(positions.vpc!.y - positions.zone!.y)).toBeGreaterThanOrEqual(64);
  });

  it("places every card of a cycle, and ignores edges to cards it was not given", () => {
    const positions = sketchLayout(["a", "b", "c"].map(card), [
      edge("a", "b"),
      edge("b", "c"),
      edge("c", "a"),
      edge("elsewhere", "a"),
    ]);
    expect(Object.keys(positions).sort()).toEqual(["a", "b", "c"]);
    expect(new Set(Object.values(positions).map((at) => at.x)).size).toBe(3);
  });

  it("folds a thousand generated components into a window-shaped overview, no two overlapping", () => {
    const files = generateRepository({ components: 1000, environments: ["prod"], seed: 7 });
    const { nodes, edges } = layoutInput(buildGraph(loadWorkspace(files), "prod"), {});
    const positions = sketchLayout(nodes, edges);
    expect(Object.keys(positions)).toHaveLength(nodes.length);
    const xs = Object.values(positions).map((at) => at.x);
    const ys = Object.values(positions).map((at) => at.y);
    const width = Math.max(...xs) + 240 - Math.min(...xs);
    const height = Math.max(...ys) + 64 - Math.min(...ys);
    expect(width / height).toBeGreaterThan(overviewAspect / 2);
    expect(width / height).toBeLessThan(overviewAspect * 2);
    const cells = new Set(Object.values(positions).map((at) => `${at.x},${at.y}`));
    expect(cells.size).toBe(nodes.length);
  });
});
