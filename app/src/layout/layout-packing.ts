import type { LayoutPositions } from "@karma/core";
import type { LayoutEdge, LayoutNode, LayoutRoutes, PackedLayout } from "./layout-protocol.ts";

/** Positions and routes as the worker sends them (`PackedLayout`). */
export function packLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  positions: LayoutPositions,
  routes: LayoutRoutes,
): PackedLayout {
  const packedPositions = new Float64Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    const at = positions[node.id];
    packedPositions[2 * i] = at ? at.x : Number.NaN;
    packedPositions[2 * i + 1] = at ? at.y : Number.NaN;
  });
  const routeEnds = new Uint32Array(edges.length);
  let count = 0;
  edges.forEach((edge, i) => {
    count += routes[edge.id]?.length ?? 0;
    routeEnds[i] = count;
  });
  const points = new Float64Array(count * 2);
  let next = 0;
  for (const edge of edges) {
    for (const point of routes[edge.id] ?? []) {
      points[next++] = point.x;
      points[next++] = point.y;
    }
  }
  return { positions: packedPositions, routeEnds, points };
}

/** The positions and routes of a packed layout, keyed by the request's ids again. */
export function unpackLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  packed: PackedLayout,
): { positions: LayoutPositions; routes: LayoutRoutes } {
  const positions: LayoutPositions = {};
  nodes.forEach((node, i) => {
    const x = packed.positions[2 * i]!;
    if (!Number.isNaN(x)) positions[node.id] = { x, y: packed.positions[2 * i + 1]! };
  });
  const routes: LayoutRoutes = {};
  let start = 0;
  edges.forEach((edge, i) => {
    const end = packed.routeEnds[i]!;
    if (end > start) {
      const route: { x: number; y: number }[] = [];
      for (let p = start; p < end; p++) {
        route.push({ x: packed.points[2 * p]!, y: packed.points[2 * p + 1]! });
      }
      routes[edge.id] = route;
    }
    start = end;
  });
  return { positions, routes };
}

/** The buffers to hand over with a packed layout. */
export function packedBuffers(packed: PackedLayout): ArrayBuffer[] {
  return [packed.positions.buffer, packed.routeEnds.buffer, packed.points.buffer] as ArrayBuffer[];
}
