import type { Rect } from "@xyflow/react";
import type { FlowEdge, FlowNode } from "./flow-types.ts";

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
    if (keep(node) || overlaps(rectOf(node), region)) chosen.add(node.id);
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

/** Whether a node as React Flow holds it lies in `area`, partly or wholly. */
export function meets(node: FlowNode, area: Rect): boolean {
  return overlaps(rectOf(node), area);
}

function rectOf(node: FlowNode): Rect {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.width ?? node.initialWidth ?? 0,
    height: node.measured?.height ?? node.height ?? node.initialHeight ?? 0,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether the box spanning two nodes (which holds the edge between them) meets the region. */
function crosses(source: FlowNode, target: FlowNode, region: Rect): boolean {
  const a = rectOf(source);
  const b = rectOf(target);
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const box = {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
  return overlaps(box, region);
}
