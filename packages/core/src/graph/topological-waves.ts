import { compareStrings } from "../compare.ts";
import { adjacencyOf } from "./adjacency.ts";
import type { Graph } from "./graph.ts";
import { stronglyConnectedComponents } from "./strongly-connected.ts";

/**
 * Deploy order in waves: every component comes in a wave after all it depends on, so the
 * members of one wave can deploy in parallel. A cycle is kept together in one wave (it cannot
 * be ordered); external nodes are not deployed from the repository and are left out.
 */
export function topologicalWaves(graph: Graph): string[][] {
  const { dependencies } = adjacencyOf(graph);
  const external = new Set(graph.nodes.filter((node) => node.external).map((node) => node.id));
  const wave = new Map<string, number>();
  const waves: string[][] = [];
  // Tarjan yields dependencies before dependents, so one pass assigns every wave.
  for (const members of stronglyConnectedComponents(graph)) {
    const inside = new Set(members);
    let level = 0;
    for (const id of members) {
      for (const edge of dependencies.get(id) ?? []) {
        if (inside.has(edge.dependency) || external.has(edge.dependency)) continue;
        level = Math.max(level, (wave.get(edge.dependency) ?? -1) + 1);
      }
    }
    const deployable = members.filter((id) => !external.has(id));
    if (deployable.length === 0) continue;
    for (const id of deployable) wave.set(id, level);
    const inWave = waves[level] ?? [];
    inWave.push(...deployable);
    waves[level] = inWave;
  }
  return waves.filter((ids) => ids !== undefined).map((ids) => ids.sort(compareStrings));
}
