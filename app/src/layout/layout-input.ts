import type { Graph } from "@karma/core";
import { nodeSize } from "../model/node-size.ts";
import type { Size } from "../state/editor-state.ts";
import type { LayoutEdge, LayoutNode } from "./layout-protocol.ts";

/** The worker's input for some nodes of a graph (all by default), with measured sizes. */
export function layoutInput(
  graph: Graph,
  sizes: Record<string, Size>,
  only?: ReadonlySet<string>,
): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes: LayoutNode[] = [];
  for (const node of graph.nodes) {
    if (only && !only.has(node.id)) continue;
    const size = sizes[node.id] ?? nodeSize;
    nodes.push({ id: node.id, width: size.width, height: size.height });
  }
  const edges: LayoutEdge[] = [];
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.dependent === edge.dependency) continue;
    if (only && !(only.has(edge.dependent) && only.has(edge.dependency))) continue;
    // several keys may link the same pair; one edge is enough to lay them out (and one route)
    const id = pairId(edge.dependency, edge.dependent);
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: edge.dependency, target: edge.dependent });
  }
  return { nodes, edges };
}

/** The layout edge, and the route, of every key from `dependent` to `dependency`. */
export function pairId(dependency: string, dependent: string): string {
  return `${dependency}->${dependent}`;
}
