import { compareStrings } from "../compare.ts";
import { adjacencyOf } from "./adjacency.ts";
import type { Graph } from "./graph.ts";
import { stronglyConnectedComponents } from "./strongly-connected.ts";

/**
 * Waves of some of a graph's nodes: each member comes in a wave after every member it depends
 * on, directly or through nodes that are not members, and as early as that allows. A cycle
 * stays together in one wave. Members only: external nodes and others are never listed.
 */
export function orderedWaves(graph: Graph, members: ReadonlySet<string>): string[][] {
  if (members.size === 0) return [];
  const { dependencies } = adjacencyOf(graph);
  // only what members depend on, directly or not, can hold a wave back: an edit's few changed
  // components are ordered without walking the rest of a large graph
  const upstream = new Set(members);
  const queue = [...members];
  while (queue.length > 0) {
    for (const edge of dependencies.get(queue.pop()!) ?? []) {
      if (upstream.has(edge.dependency)) continue;
      upstream.add(edge.dependency);
      queue.push(edge.dependency);
    }
  }
  // the last wave a node must follow: its own if it is a member, else the latest upstream
  const after = new Map<string, number>();
  const waves: string[][] = [];
  // Tarjan yields dependencies before dependents, so one pass settles every node.
  for (const component of stronglyConnectedComponents(graph)) {
    if (!upstream.has(component[0]!)) continue;
    const inside = component.length === 1 ? null : new Set(component);
    let latest = -1;
    for (const id of component) {
      for (const edge of dependencies.get(id) ?? []) {
        const outside = inside ? !inside.has(edge.dependency) : edge.dependency !== id;
        if (outside) latest = Math.max(latest, after.get(edge.dependency) ?? -1);
      }
    }
    const listed = component.filter((id) => members.has(id));
    const settled = listed.length > 0 ? latest + 1 : latest;
    for (const id of component) after.set(id, settled);
    if (listed.length === 0) continue;
    const wave = waves[settled] ?? [];
    wave.push(...listed);
    waves[settled] = wave;
  }
  return waves.map((ids) => ids.sort(compareStrings));
}
