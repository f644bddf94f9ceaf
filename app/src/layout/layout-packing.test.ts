import { describe, expect, it } from "vitest";
import { packedBuffers, packLayout, unpackLayout } from "./layout-packing.ts";

const nodes = [
  { id: "vpc/main", width: 240, height: 64 },
  { id: "ecs-cluster/core", width: 240, height: 64 },
  { id: "lambda/left-out", width: 240, height: 64 },
];
const edges = [
  { id: "e1", source: "vpc/main", target: "ecs-cluster/core" },
  { id: "e2", source: "vpc/main", target: "lambda/left-out" },
  { id: "e3", source: "ecs-cluster/core", target: "lambda/left-out" },
];

describe("a packed layout", () => {
  it("gives back the positions and routes it was made of", () => {
    const positions = { "vpc/main": { x: 0, y: 12.5 }, "ecs-cluster/core": { x: 440, y: -30 } };
    const routes = {
      e1: [
        { x: 240, y: 44 },
        { x: 340, y: 44 },
        { x: 340, y: 2 },
        { x: 440, y: 2 },
      ],
      e3: [
        { x: 680, y: 2 },
        { x: 900, y: 2 },
      ],
    };
    const packed = packLayout(nodes, edges, positions, routes);
    expect(unpackLayout(nodes, edges, packed)).toEqual({ positions, routes });
  });

  it("is numbers only, handed over as three buffers", () => {
    const packed = packLayout(nodes, edges, { "vpc/main": { x: 1, y: 2 } }, {});
    expect(Array.from(packed.positions)).toEqual([1, 2, NaN, NaN, NaN, NaN]);
    expect(Array.from(packed.routeEnds)).toEqual([0, 0, 0]);
    expect(packedBuffers(packed)).toHaveLength(3);
    expect(structuredClone(packed, { transfer: packedBuffers(packed) }).positions[1]).toBe(2);
  });
});
