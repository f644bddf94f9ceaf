import { adjacencyOf } from "./adjacency.ts";
import type { Graph, GraphEdge } from "./graph.ts";

/**
 * The shortest dependency path between two components, as the edges walked in order: first
 * `from` → … → `to` following dependencies, else `to` → … → `from`. Null when neither exists.
 */
export function shortestPath(graph: Graph, from: string, to: string): GraphEdge[] | null {
  if (from === to) return [];
  const { dependencies } = adjacencyOf(graph);
  return search(from, to, dependencies) ?? search(to, from, dependencies);
}

function search(
  from: string,
  to: string,
  dependencies: Map<string, GraphEdge[]>,
): GraphEdge[] | null {
  const via = new Map<string, GraphEdge>();
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of dependencies.get(id) ?? []) {
        const target = edge.dependency;
        if (target === from || via.has(target)) continue;
        via.set(target, edge);
        if (target === to) return walkBack(via, from, to);
        next.push(target);
      }
    }
    frontier = next;
  }
  return null;
}

function walkBack(via: Map<string, GraphEdge>, from: string, to: string): GraphEdge[] {
  const path: GraphEdge[] = [];
  for (let id = to; id !== from; ) {
    const edge = via.get(id)!;
    path.push(edge);
    id = edge.dependent;
  }
  return path.reverse();
}
