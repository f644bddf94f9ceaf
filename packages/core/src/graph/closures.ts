import { adjacencyOf } from "./adjacency.ts";
import type { Graph, GraphEdge } from "./graph.ts";

/** Everything `id` depends on, transitively: id → depth (1 = direct dependency). */
export function upstream(graph: Graph, id: string): Map<string, number> {
  return reach(id, adjacencyOf(graph).dependencies, (edge) => edge.dependency);
}

/** Everything that depends on `id`, transitively: id → depth (1 = direct dependent). */
export function downstream(graph: Graph, id: string): Map<string, number> {
  return reach(id, adjacencyOf(graph).dependents, (edge) => edge.dependent);
}

function reach(
  start: string,
  edgesOf: Map<string, GraphEdge[]>,
  other: (edge: GraphEdge) => string,
): Map<string, number> {
  const depths = new Map<string, number>();
  let frontier = [start];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of edgesOf.get(id) ?? []) {
        const target = other(edge);
        if (target === start || depths.has(target)) continue;
        depths.set(target, depth);
        next.push(target);
      }
    }
    frontier = next;
  }
  return depths;
}
