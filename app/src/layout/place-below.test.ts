import { expect, it } from "vitest";
import { nodeSize } from "../model/node-size.ts";
import { placeBelow } from "./place-below.ts";

it("moves a new block below the placed nodes, keeping its own shape", () => {
  const existing = { "a/1": { x: 100, y: 0 }, "a/2": { x: 400, y: 200 } };
  const block = { "b/1": { x: 0, y: 0 }, "b/2": { x: 300, y: 50 } };
  const placed = placeBelow(block, existing);
  const top = 200 + nodeSize.height;
  expect(placed["b/1"]!.x).toBe(100);
  expect(placed["b/1"]!.y).toBeGreaterThan(top);
  expect(placed["b/2"]!.x - placed["b/1"]!.x).toBe(300);
  expect(placed["b/2"]!.y - placed["b/1"]!.y).toBe(50);
});

it("leaves a block alone when nothing is placed yet", () => {
  const block = { "b/1": { x: 5, y: 6 } };
  expect(placeBelow(block, {})).toBe(block);
});
