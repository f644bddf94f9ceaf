import { adjacencyOf } from "../graph/adjacency.ts";
import type { Graph } from "../graph/graph.ts";

/**
 * The part of `graph` on the lineage of `id`: the component, what it depends on and what depends
 * on it, each at most `maxDepth` hops away, with the edges between them. Empty when `id` is not
 * in the graph.
 */
export function lineageSubgraph(graph: Graph, id: string, maxDepth = Infinity): Graph {
  if (!graph.nodes.some((node) => node.id === id)) return { env: graph.env, nodes: [], edges: [] };
  const { dependencies, dependents } = adjacencyOf(graph);
  const kept = new Set([id]);
  for (const [edgesOf, far] of [
    [dependencies, "dependency"],
    [dependents, "dependent"],
  ] as const) {
    const seen = new Set([id]);
    let frontier = [id];
    for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const from of frontier) {
        for (const edge of edgesOf.get(from) ?? []) {
          const target = edge[far];
          if (seen.has(target)) continue;
          seen.add(target);
          kept.add(target);
          next.push(target);
        }
      }
      frontier = next;
    }
  }
  return {
    env: graph.env,
    nodes: graph.nodes.filter((node) => kept.has(node.id)),
    edges: graph.edges.filter((edge) => kept.has(edge.dependent) && kept.has(edge.dependency)),
  };
}
