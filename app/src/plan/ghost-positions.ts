import type { Graph, LayoutPositions } from "@karma/core";
import { gridPositions } from "../layout/grid-positions.ts";
import { placeBelow } from "../layout/place-below.ts";
import { memoizeLast } from "../model/memo.ts";

/**
 * Positions for the nodes of the canvas graph: those shown, plus each ghost of a deleted
 * component where it last stood (the layout kept in memory, else the opened layout file), or
 * below the rest when it never had a place.
 */
export function createGhostPositions(): (
  positions: LayoutPositions,
  graph: Graph,
  ghostIds: Set<string>,
  baselineSaved: LayoutPositions,
) => LayoutPositions {
  return memoizeLast((positions, graph, ghostIds, baselineSaved) => {
    // only ghosts: the layout service places the components that exist
    const missing = graph.nodes
      .map((node) => node.id)
      .filter((id) => ghostIds.has(id) && !Object.hasOwn(positions, id));
    if (missing.length === 0) return positions;
    const result: LayoutPositions = { ...positions };
    const nowhere: string[] = [];
    for (const id of missing) {
      const saved = Object.hasOwn(baselineSaved, id) ? baselineSaved[id] : undefined;
      if (saved) result[id] = saved;
      else nowhere.push(id);
    }
    return nowhere.length === 0
      ? result
      : Object.assign(result, placeBelow(gridPositions(nowhere), positions));
  });
}
