import { describe, expect, it } from "vitest";
import { cullFlow } from "./cull-flow.ts";
import type { FlowEdge, FlowNode } from "./flow-types.ts";

const size = { width: 240, height: 64 };

function node(id: string, x: number, y: number, selected = false): FlowNode {
  return { id, type: "component", position: { x, y }, data: {}, measured: size, selected };
}

function edge(source: string, target: string): FlowEdge {
  return { id: `${target}->${source}`, source, target };
}

// the screen with its room: x 0..1000, y 0..1000
const region = { x: 0, y: 0, width: 1000, height: 1000 };
const none = () => false;

describe("cullFlow", () => {
  it("hands React Flow the nodes in the region, in order, and the edges between them", () => {
    const nodes = [node("a", 100, 100), node("far", 5000, 5000), node("b", 600, 300)];
    const edges = [edge("a", "b"), edge("far", "far2")];
    const culled = cullFlow(nodes, edges, region, none);
    expect(culled.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(culled.edges.map((e) => e.id)).toEqual(["b->a"]);
  });

  it("keeps a node that reaches into the region", () => {
    const culled = cullFlow([node("edge-on", -200, 500)], [], region, none);
    expect(culled.nodes.map((n) => n.id)).toEqual(["edge-on"]);
  });

  it("brings the far end of an edge from the region, so that the edge is drawn", () => {
    const nodes = [node("a", 100, 100), node("far", 9000, 100), node("farther", 20000, 100)];
    const culled = cullFlow(nodes, [edge("a", "far"), edge("far", "farther")], region, none);
    expect(culled.nodes.map((n) => n.id)).toEqual(["a", "far"]);
    expect(culled.edges.map((e) => e.id)).toEqual(["far->a"]);
  });

  it("draws an edge that crosses the region between two nodes outside it", () => {
    const nodes = [node("left", -3000, 500), node("right", 4000, 500), node("away", -3000, 9000)];
    const culled = cullFlow(nodes, [edge("left", "right"), edge("left", "away")], region, none);
    expect(culled.nodes.map((n) => n.id)).toEqual(["left", "right"]);
    expect(culled.edges.map((e) => e.id)).toEqual(["right->left"]);
  });

  it("keeps what it is asked to keep (the selection) wherever it is", () => {
    const nodes = [node("a", 100, 100), node("chosen", 8000, 8000, true)];
    const culled = cullFlow(nodes, [], region, (n) => n.selected === true);
    expect(culled.nodes.map((n) => n.id)).toEqual(["a", "chosen"]);
  });

  it("hands the node objects themselves, so that React Flow sees no change in them", () => {
    const nodes = [node("a", 100, 100)];
    expect(cullFlow(nodes, [], region, none).nodes[0]).toBe(nodes[0]);
  });
});
