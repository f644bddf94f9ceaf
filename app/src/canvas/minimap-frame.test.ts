import { describe, expect, it } from "vitest";
import { minimapFrame, toMinimap } from "./minimap-frame.ts";

const size = { width: 160, height: 110 };

describe("minimapFrame", () => {
  it("fits the nodes and the view into the minimap, the view a hole in the shade", () => {
    // the view: flow 0..1000 × 0..500 at zoom 1; the nodes reach further right, to 3000
    const view = { transform: [0, 0, 1] as [number, number, number], width: 1000, height: 500 };
    const frame = minimapFrame(view, { x: 0, y: 0, width: 3000, height: 500 }, size);
    // the whole width, 3000 flow units, fits into the minimap's 160 pixels with a margin
    const whole = toMinimap(frame, { x: 0, y: 0, width: 3000, height: 500 });
    expect(whole.x).toBeGreaterThanOrEqual(0);
    expect(whole.x + whole.width).toBeLessThanOrEqual(160);
    expect(whole.width).toBeGreaterThan(140);
    // centred vertically
    expect(whole.y + whole.height / 2).toBeCloseTo(55, 5);
    expect(frame.mask).toContain("M0,0h1000v500h-1000z");
    expect(frame.viewScale).toBeCloseTo(3000 / 160, 5);
  });

  it("follows the view: panned right, the view's hole moves right", () => {
    const at = (x: number) =>
      minimapFrame(
        { transform: [x, 0, 1], width: 1000, height: 500 },
        { x: 0, y: 0, width: 3000, height: 500 },
        size,
      ).mask;
    expect(at(-1000)).toContain("M1000,0h1000");
  });

  it("draws the view alone when there are no nodes", () => {
    const frame = minimapFrame({ transform: [0, 0, 2], width: 800, height: 400 }, null, size);
    expect(frame.mask).toContain("M0,0h400v200h-400z");
  });
});
