import { buildGraph, generateRepository, loadWorkspace } from "@karma/core";
import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { elkGraph, readLayout } from "./elk-graph.ts";
import { foldIntoColumns } from "./fold-into-columns.ts";
import { layoutInput } from "./layout-input.ts";
import type { LayoutNode } from "./layout-protocol.ts";

function extent(nodes: readonly LayoutNode[], positions: Record<string, { x: number; y: number }>) {
  let [width, height] = [0, 0];
  for (const node of nodes) {
    width = Math.max(width, positions[node.id]!.x + node.width);
    height = Math.max(height, positions[node.id]!.y + node.height);
  }
  return { width, height };
}

describe("foldIntoColumns", () => {
  // a column of 40 cards, each reading the one above
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, width: 240, height: 64 }));
  const positions = Object.fromEntries(nodes.map((node, i) => [node.id, { x: 0, y: i * 96 }]));
  const ends = Object.fromEntries(
    nodes.slice(1).map((node, i) => [`e${i}`, { source: `n${i}`, target: node.id }]),
  );
  const routes = Object.fromEntries(
    Object.entries(ends).map(([id, edge]) => [
      id,
      [
        { x: 240, y: positions[edge.source]!.y + 32 },
        { x: 0, y: positions[edge.target]!.y + 32 },
      ],
    ]),
  );

  it("folds a tall column into side-by-side columns, every card kept apart", () => {
    const folded = foldIntoColumns(nodes, positions, routes, ends);
    const { width, height } = extent(nodes, folded.positions);
    expect(width / height).toBeGreaterThan(0.8);
    const seen = new Set(
      nodes.map((node) => `${folded.positions[node.id]!.x},${folded.positions[node.id]!.y}`),
    );
    expect(seen.size).toBe(nodes.length);
  });

  it("moves a route with its band, and drops one between two bands (drawn as a curve)", () => {
    const folded = foldIntoColumns(nodes, positions, routes, ends);
    for (const [id, edge] of Object.entries(ends)) {
      const source = folded.positions[edge.source]!;
      const target = folded.positions[edge.target]!;
      const route = folded.routes[id];
      if (source.x !== target.x) {
        expect(route, id).toBeUndefined();
        continue;
      }
      expect(route, id).toEqual([
        { x: source.x + 240, y: source.y + 32 },
        { x: target.x, y: target.y + 32 },
      ]);
    }
    expect(Object.keys(folded.routes).length).toBeGreaterThan(30);
  });

  it("leaves a layout that is already wide as it is", () => {
    const row = nodes.map((node, i) => [node.id, { x: i * 440, y: 0 }] as const);
    const wide = Object.fromEntries(row);
    expect(foldIntoColumns(nodes, wide, routes, ends)).toEqual({ positions: wide, routes });
  });

  it("gives 1,000 generated components a window's shape (elk alone: 13,628 × 25,881 px)", async () => {
    const files = generateRepository({ components: 1000, environments: ["prod"], seed: 7 });
    const input = layoutInput(buildGraph(loadWorkspace(files), "prod"), {});
    const laid = readLayout(await new ELK().layout(elkGraph(input.nodes, input.edges)));
    const ends = Object.fromEntries(input.edges.map((edge) => [edge.id, edge]));
    const folded = foldIntoColumns(input.nodes, laid.positions, laid.routes, ends);
    const { width, height } = extent(input.nodes, folded.positions);
    expect(width / height).toBeGreaterThan(1);
    expect(width / height).toBeLessThan(2.6);
  }, 60_000);
});
