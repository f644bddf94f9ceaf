import { describe, expect, it } from "vitest";
import type { EdgeRoute } from "../state/editor-state.ts";
import {
  labelOffset,
  labelWidth,
  pointAlong,
  roundedPath,
  routeFits,
  routeLabelPoint,
  routePoints,
} from "./edge-route.ts";

// zone at (0, 0), site at (440, 200): out of the zone's right side, down, into the site's left
const route: EdgeRoute = {
  points: [
    { x: 240, y: 32 },
    { x: 340, y: 32 },
    { x: 340, y: 232 },
    { x: 440, y: 232 },
  ],
  source: { x: 0, y: 0, width: 240, height: 64 },
  target: { x: 440, y: 200, width: 240, height: 64 },
};

describe("routeFits", () => {
  it("holds while both nodes are where the layout put them, at that size", () => {
    expect(routeFits(route, { ...route.source }, { ...route.target })).toBe(true);
    // positions from a transform can be off by a rounding error
    expect(routeFits(route, { ...route.source, x: 0.2 }, route.target)).toBe(true);
  });

  it("fails once a node moved, changed size or is not drawn", () => {
    expect(routeFits(route, { ...route.source, x: 30 }, route.target)).toBe(false);
    expect(routeFits(route, route.source, { ...route.target, y: 180 })).toBe(false);
    expect(routeFits(route, route.source, { ...route.target, height: 90 })).toBe(false);
    expect(routeFits(route, { ...route.source, width: 300 }, route.target)).toBe(false);
    expect(routeFits(route, null, route.target)).toBe(false);
    expect(routeFits(route, route.source, undefined)).toBe(false);
  });
});

describe("routePoints", () => {
  it("runs from handle to handle, with the bends level with the ends moved to the handles", () => {
    const points = routePoints(route, { x: 245, y: 33 }, { x: 435, y: 233 });
    expect(points).toEqual([
      { x: 245, y: 33 },
      { x: 340, y: 33 },
      { x: 340, y: 233 },
      { x: 435, y: 233 },
    ]);
  });

  it("keeps bends that are not level with an end", () => {
    const polyline: EdgeRoute = {
      ...route,
      points: [route.points[0]!, { x: 300, y: 100 }, route.points[3]!],
    };
    expect(routePoints(polyline, { x: 245, y: 32 }, { x: 435, y: 232 })[1]).toEqual({
      x: 300,
      y: 100,
    });
  });

  it("is a straight line for a route without bends", () => {
    const straight: EdgeRoute = { ...route, points: [route.points[0]!, { x: 440, y: 32 }] };
    expect(routePoints(straight, { x: 245, y: 32 }, { x: 435, y: 32 })).toEqual([
      { x: 245, y: 32 },
      { x: 435, y: 32 },
    ]);
  });
});

describe("roundedPath", () => {
  it("draws a straight line through two points", () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ]),
    ).toBe("M0 0L100 0");
  });

  it("rounds each bend with a quarter curve of the radius", () => {
    expect(roundedPath(route.points)).toBe(
      "M240 32L332 32Q340 32 340 40L340 224Q340 232 348 232L440 232",
    );
  });

  it("rounds less where a segment is too short for the radius", () => {
    const jog = [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 50, y: 6 },
      { x: 100, y: 6 },
    ];
    expect(roundedPath(jog)).toBe("M0 0L47 0Q50 0 50 3L50 3Q50 6 53 6L100 6");
  });

  it("draws nothing without points", () => {
    expect(roundedPath([])).toBe("");
  });
});

describe("pointAlong", () => {
  it("finds the point at a fraction of the length", () => {
    // 100 + 200 + 100 long: 70% is 280 in, on the vertical segment
    expect(pointAlong(route.points, 0.7)).toEqual({ x: 340, y: 212 });
    expect(pointAlong(route.points, 0)).toEqual({ x: 240, y: 32 });
    expect(pointAlong(route.points, 1)).toEqual({ x: 440, y: 232 });
  });
});

describe("labelOffset", () => {
  it("stacks the labels of several keys of one pair around the route", () => {
    expect(labelOffset(0, 1)).toBe(0);
    expect([0, 1].map((index) => labelOffset(index, 2))).toEqual([-10, 10]);
    expect([0, 1, 2].map((index) => labelOffset(index, 3))).toEqual([-20, 0, 20]);
  });
});

describe("routeLabelPoint", () => {
  const long = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 100 },
    { x: 210, y: 100 },
  ];

  it("puts a label just before the dependent, on the last segment, stacked with the others", () => {
    expect(routeLabelPoint(long, 100, 0, 1)).toEqual({ x: 210 - 24 - 50, y: 100 });
    expect(routeLabelPoint(long, 100, 1, 2)).toEqual({ x: 136, y: 110 });
  });

  it("puts it there too when the last segment is shorter than the label: the gap holds it", () => {
    const short = [
      { x: 0, y: 0 },
      { x: 170, y: 0 },
      { x: 170, y: 100 },
      { x: 210, y: 100 },
    ];
    expect(routeLabelPoint(short, 100, 0, 1)).toEqual({ x: 210 - 24 - 50, y: 100 });
  });

  it("puts it 70% of the way along when the label is wider than the gap between layers", () => {
    expect(routeLabelPoint(long, labelWidth("route53_zone_name_and_more"), 0, 1)).toEqual(
      pointAlong(long, 0.7),
    );
  });
});
