import type { LayoutPositions } from "@karma/core";
import { nodeSize } from "../model/node-size.ts";

/** A plain grid, used only when the layout worker is not available. */
export function gridPositions(ids: readonly string[]): LayoutPositions {
  const columns = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  const positions: LayoutPositions = {};
  ids.forEach((id, index) => {
    positions[id] = {
      x: (index % columns) * (nodeSize.width + 48),
      y: Math.floor(index / columns) * (nodeSize.height + 48),
    };
  });
  return positions;
}
