import type { Graph, GraphEdge } from "./graph.ts";

/** Edges by node, both ways. Built once per graph. */
export interface Adjacency {
  /** node → edges where it is the dependent (what it depends on) */
  dependencies: Map<string, GraphEdge[]>;
  /** node → edges where it is the dependency (what depends on it) */
  dependents: Map<string, GraphEdge[]>;
}

const cache = new WeakMap<Graph, Adjacency>();

export function adjacencyOf(graph: Graph): Adjacency {
  let adjacency = cache.get(graph);
  if (adjacency) return adjacency;
  adjacency = { dependencies: new Map(), dependents: new Map() };
  for (const node of graph.nodes) {
    adjacency.dependencies.set(node.id, []);
    adjacency.dependents.set(node.id, []);
  }
  for (const edge of graph.edges) {
    adjacency.dependencies.get(edge.dependent)?.push(edge);
    adjacency.dependents.get(edge.dependency)?.push(edge);
  }
  cache.set(graph, adjacency);
  return adjacency;
}
