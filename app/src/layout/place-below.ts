import type { LayoutPositions } from "@karma/core";
import { nodeSize } from "../model/node-size.ts";

const gap = 96;

/**
 * Moves a laid-out block of new nodes below the nodes already placed, so placing them moves
 * nothing that is already there.
 */
export function placeBelow(block: LayoutPositions, existing: LayoutPositions): LayoutPositions {
  const placed = Object.values(existing);
  const moved = Object.values(block);
  if (placed.length === 0 || moved.length === 0) return block;
  const left = Math.min(...placed.map((p) => p.x));
  const bottom = Math.max(...placed.map((p) => p.y)) + nodeSize.height;
  const blockLeft = Math.min(...moved.map((p) => p.x));
  const blockTop = Math.min(...moved.map((p) => p.y));
  const dx = left - blockLeft;
  const dy = bottom + gap - blockTop;
  const result: LayoutPositions = {};
  for (const [id, p] of Object.entries(block)) result[id] = { x: p.x + dx, y: p.y + dy };
  return result;
}
