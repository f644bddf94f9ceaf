import type { LayoutPositions } from "@karma/core";
import type { EdgeRoutes, NodeRect } from "../state/editor-state.ts";
import type { LayoutResult } from "./layout-client.ts";
import type { LayoutEdge, LayoutNode } from "./layout-protocol.ts";

/**
 * A layout's routes as the editor keeps them, each with its two nodes' rectangles, for nodes
 * placed at `placed`: the layout's own positions, or those moved as one block (below the nodes
 * already placed), which moves the routes along.
 */
export function edgeRoutesOf(
  input: { nodes: readonly LayoutNode[]; edges: readonly LayoutEdge[] },
  result: Pick<LayoutResult, "positions" | "routes">,
  placed: LayoutPositions,
): EdgeRoutes {
  const sizes = new Map(input.nodes.map((node) => [node.id, node]));
  // one rectangle per node, shared by its edges
  const rects = new Map<string, NodeRect | null>();
  const rectOf = (id: string): NodeRect | null => {
    let rect = rects.get(id);
    if (rect === undefined) {
      const size = sizes.get(id);
      const at = placed[id];
      rect = size && at ? { x: at.x, y: at.y, width: size.width, height: size.height } : null;
      rects.set(id, rect);
    }
    return rect;
  };
  const routes: EdgeRoutes = {};
  for (const edge of input.edges) {
    const points = result.routes[edge.id];
    const laid = result.positions[edge.source];
    const source = rectOf(edge.source);
    const target = rectOf(edge.target);
    if (!points || !laid || !source || !target) continue;
    const dx = source.x - laid.x;
    const dy = source.y - laid.y;
    routes[edge.id] = {
      // placed where the layout put them (as a whole graph is): the layout's points as they are
      points:
        dx === 0 && dy === 0
          ? points
          : points.map((point) => ({ x: point.x + dx, y: point.y + dy })),
      source,
      target,
    };
  }
  return routes;
}
