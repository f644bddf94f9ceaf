import type { Graph, GraphEdge, GraphNode } from "@karma/core";
import { memoizeLast } from "./memo.ts";

/**
 * The graph the canvas draws: the shown environment's graph plus a ghost of every component the
 * change deletes, taken from the baseline graph with the references it had, so a deletion stays
 * visible (and its broken references with it) until the change is exported.
 */
export const withDeletedGhosts = memoizeLast(
  (graph: Graph, baseline: Graph, ghostIds: Set<string>): Graph => {
    if (ghostIds.size === 0) return graph;
    const ghosts = baseline.nodes.filter((node) => !node.external && ghostIds.has(node.id));
    if (ghosts.length === 0) return graph;
    // a reference by id to a deleted component left an external node of the same id: the ghost
    // takes its place
    const nodes: GraphNode[] = [...graph.nodes.filter((node) => !ghostIds.has(node.id)), ...ghosts];
    nodes.sort((a, b) => compare(a.id, b.id));
    const shown = new Set(nodes.map((node) => node.id));
    const edges = new Map<string, GraphEdge>(graph.edges.map((edge) => [edgeKey(edge), edge]));
    for (const edge of baseline.edges) {
      const touches = ghostIds.has(edge.dependent) || ghostIds.has(edge.dependency);
      if (touches && shown.has(edge.dependent) && shown.has(edge.dependency)) {
        if (!edges.has(edgeKey(edge))) edges.set(edgeKey(edge), edge);
      }
    }
    return {
      env: graph.env,
      nodes,
      edges: [...edges.entries()].sort(([a], [b]) => compare(a, b)).map(([, edge]) => edge),
    };
  },
);

function edgeKey(edge: GraphEdge): string {
  return `${edge.dependent}\u0000${edge.dependency}\u0000${edge.key}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
