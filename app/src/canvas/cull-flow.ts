import type { Rect } from "@xyflow/react";
import type { FlowEdge, FlowNode } from "./flow-types.ts";
import { boxOverlaps, heightOf, widthOf } from "./node-rects.ts";

/** The nodes and edges handed to React Flow. */
export interface Culled {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/**
 * What of a large graph React Flow is handed: the nodes in `region` (flow coordinates), those
 * `keep` names (the selection, a node being dragged), and the far ends of their edges, with the
 * edges between them, and the edges that cross the region with both their ends. React Flow's
 * every update (a selection, a measurement, a move of the view) costs it time for each node and
 * edge it holds, drawn or not: handed a thousand, it takes hundreds of milliseconds; handed what
 * is on and around the screen, a few. Order is kept.
 */
export function cullFlow(
  nodes: FlowNode[],
  edges: FlowEdge[],
  region: Rect,
  keep: (node: FlowNode) => boolean,
): Culled {
  const byId = new Map<string, FlowNode>();
  const chosen = new Set<string>();
  for (const node of nodes) {
    byId.set(node.id, node);
    if (keep(node) || meets(node, region)) chosen.add(node.id);
  }
  const ends = new Set<string>();
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    if (chosen.has(edge.source) || chosen.has(edge.target) || crosses(source, target, region)) {
      ends.add(edge.source);
      ends.add(edge.target);
    }
  }
  for (const id of ends) chosen.add(id);
  return {
    nodes: nodes.filter((node) => chosen.has(node.id)),
    edges: edges.filter((edge) => chosen.has(edge.source) && chosen.has(edge.target)),
  };
}

// both without making an object: they run for every node and edge of a large graph as it moves

/** Whether a node as React Flow holds it lies in `area`, partly or wholly. */
export function meets(node: FlowNode, area: Rect): boolean {
  const { x, y } = node.position;
  return boxOverlaps(x, y, x + widthOf(node), y + heightOf(node), area);
}

/** Whether the box spanning two nodes (which holds the edge between them) meets the region. */
function crosses(source: FlowNode, target: FlowNode, region: Rect): boolean {
  const a = source.position;
  const b = target.position;
  return boxOverlaps(
    Math.min(a.x, b.x),
    Math.min(a.y, b.y),
    Math.max(a.x + widthOf(source), b.x + widthOf(target)),
    Math.max(a.y + heightOf(source), b.y + heightOf(target)),
    region,
  );
}
