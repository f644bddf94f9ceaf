import type { Graph } from "@karma/core";
import { describe, expect, it } from "vitest";
import { createGhostPositions } from "./ghost-positions.ts";

const node = (id: string) => ({
  id,
  type: id.split("/")[0]!,
  nickname: id.split("/")[1]!,
  env: "prod",
  external: false,
  foundInEnv: null,
});
const graph: Graph = {
  env: "prod",
  nodes: [node("vpc/a"), node("vpc/gone"), node("vpc/lost"), node("vpc/new")],
  edges: [],
};

describe("positions of ghosts", () => {
  it("puts a ghost where the opened layout had it, else below the rest; never places the others", () => {
    const positions = { "vpc/a": { x: 0, y: 0 } };
    const place = createGhostPositions();
    const result = place(positions, graph, new Set(["vpc/gone", "vpc/lost"]), {
      "vpc/gone": { x: 500, y: 40 },
    });
    expect(result["vpc/a"]).toEqual({ x: 0, y: 0 });
    expect(result["vpc/gone"]).toEqual({ x: 500, y: 40 });
    expect(result["vpc/lost"]!.y).toBeGreaterThan(0);
    expect(result["vpc/new"]).toBeUndefined();
  });

  it("returns the same positions when every ghost has one", () => {
    const positions = { "vpc/a": { x: 0, y: 0 }, "vpc/gone": { x: 9, y: 9 } };
    const place = createGhostPositions();
    expect(place(positions, graph, new Set(["vpc/gone"]), {})).toBe(positions);
  });
});
