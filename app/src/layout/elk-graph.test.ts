import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectGraph } from "../store/selectors.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { elkGraph, readLayout } from "./elk-graph.ts";
import { layoutInput } from "./layout-input.ts";

type Point = { x: number; y: number };

async function laidOutSample() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
  const input = layoutInput(selectGraph(store.getState()), {});
  const layout = readLayout(await new ELK().layout(elkGraph(input.nodes, input.edges)));
  return { input, ...layout };
}

/** Whether the segment from a to b enters the rectangle (its border excluded). */
function crosses(a: Point, b: Point, box: { x: number; y: number; width: number; height: number }) {
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2);
  for (let i = 0; i <= steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
  }
  return false;
}

describe("elk's layout of the sample", () => {
  it("routes every edge from the middle of its source's right side to its target's left", async () => {
    const { input, positions, routes } = await laidOutSample();
    expect(Object.keys(positions).sort()).toEqual(input.nodes.map((node) => node.id).sort());
    for (const edge of input.edges) {
      const points = routes[edge.id]!;
      const from = positions[edge.source]!;
      const to = positions[edge.target]!;
      expect(points[0], edge.id).toEqual({ x: from.x + 240, y: from.y + 32 });
      expect(points.at(-1), edge.id).toEqual({ x: to.x, y: to.y + 32 });
    }
  });

  it("draws orthogonal routes that pass through no node they do not connect", async () => {
    const { input, positions, routes } = await laidOutSample();
    for (const edge of input.edges) {
      const points = routes[edge.id]!;
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        expect(a.x === b.x || a.y === b.y, `${edge.id} segment ${i}`).toBe(true);
        for (const node of input.nodes) {
          const box = { ...positions[node.id]!, width: node.width, height: node.height };
          expect(crosses(a, b, box), `${edge.id} through ${node.id}`).toBe(false);
        }
      }
    }
  });

  it("keeps one port per side, so that a node's edges meet where React Flow draws its handle", () => {
    const graph = elkGraph(
      [{ id: "vpc/main", width: 240, height: 64 }],
      [{ id: "vpc/main->vpc/main", source: "vpc/main", target: "vpc/main" }],
    );
    expect(graph.children![0]!.ports!.map((port) => [port.x, port.y])).toEqual([
      [0, 32],
      [240, 32],
    ]);
    expect(graph.edges![0]!.sources[0]).not.toBe(graph.edges![0]!.targets[0]);
  });
});
