import type { Graph } from "./graph.ts";
import { orderedWaves } from "./ordered-waves.ts";

/**
 * Deploy order in waves: every component comes in a wave after all it depends on, so the
 * members of one wave can deploy in parallel. A cycle is kept together in one wave (it cannot
 * be ordered); external nodes are not deployed from the repository and are left out.
 */
export function topologicalWaves(graph: Graph): string[][] {
  return orderedWaves(
    graph,
    new Set(graph.nodes.filter((node) => !node.external).map((node) => node.id)),
  );
}
