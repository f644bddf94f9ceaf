import type { LayoutPositions } from "@karma/core";
import type { LayoutNode, LayoutRoutes } from "./layout-protocol.ts";

/** The shape a large graph's overview is folded towards: a window, wider than tall. */
export const overviewAspect = 1.6;
/** Between two columns of a folded layout. */
const columnGap = 400;

/**
 * A layered layout of hundreds of siblings is a tall column (1,000 generated components: 13,628
 * × 25,881 px), which fit view shows as a thin strip. Folded like text into side-by-side columns
 * (bands of its height, each moved up and to the right of the one before), it fills a window.
 * Routes within one band move with it; an edge between two bands loses its route and is drawn
 * as a curve. A layout already wide enough is returned as it is.
 *
 * @example
 * const folded = foldIntoColumns(nodes, positions, routes, routeEnds);
 */
export function foldIntoColumns(
  nodes: readonly LayoutNode[],
  positions: LayoutPositions,
  routes: LayoutRoutes,
  ends: Readonly<Record<string, { source: string; target: string }>>,
  aspect = overviewAspect,
): { positions: LayoutPositions; routes: LayoutRoutes } {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const at = positions[node.id];
    if (!at) continue;
    left = Math.min(left, at.x);
    top = Math.min(top, at.y);
    right = Math.max(right, at.x + node.width);
    bottom = Math.max(bottom, at.y + node.height);
  }
  const width = right - left;
  const height = bottom - top;
  if (!(width > 0 && height > 0)) return { positions, routes };
  // k columns of width w and height h/k: (k·w + gaps) / (h/k) ≈ aspect
  const columns = Math.round(Math.sqrt((aspect * height) / (width + columnGap)));
  if (columns < 2) return { positions, routes };
  const band = height / columns;
  const bandOf = new Map<string, number>();
  const folded: LayoutPositions = {};
  const offset = (index: number) => ({
    x: index * (width + columnGap),
    y: -Math.round(index * band),
  });
  for (const node of nodes) {
    const at = positions[node.id];
    if (!at) continue;
    const index = Math.min(columns - 1, Math.floor((at.y + node.height / 2 - top) / band));
    bandOf.set(node.id, index);
    const by = offset(index);
    folded[node.id] = { x: at.x + by.x, y: at.y + by.y };
  }
  const moved: LayoutRoutes = {};
  for (const [id, points] of Object.entries(routes)) {
    const edge = ends[id];
    const index = edge && bandOf.get(edge.source);
    if (!edge || index === undefined || index !== bandOf.get(edge.target)) continue;
    const by = offset(index);
    moved[id] = points.map((point) => ({ x: point.x + by.x, y: point.y + by.y }));
  }
  return { positions: folded, routes: moved };
}
