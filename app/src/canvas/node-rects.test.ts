import { describe, expect, it } from "vitest";
import { nodeRect, nodesBounds, overlaps } from "./node-rects.ts";

describe("node rects", () => {
  it("takes a node's measured size, else its given or initial size", () => {
    const at = { position: { x: 10, y: 20 } };
    expect(nodeRect({ ...at, measured: { width: 240, height: 64 }, width: 1 })).toEqual({
      x: 10,
      y: 20,
      width: 240,
      height: 64,
    });
    expect(nodeRect({ ...at, initialWidth: 200, initialHeight: 50 })).toEqual({
      x: 10,
      y: 20,
      width: 200,
      height: 50,
    });
  });

  it("bounds the nodes, or nothing when there are none", () => {
    const size = { width: 100, height: 50 };
    const nodes = [
      { position: { x: -10, y: 0 }, measured: size },
      { position: { x: 300, y: 200 }, measured: size },
    ];
    expect(nodesBounds(nodes)).toEqual({ x: -10, y: 0, width: 410, height: 250 });
    expect(nodesBounds([])).toBeNull();
  });

  it("tells whether two rectangles share some area, not only an edge", () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });
});
