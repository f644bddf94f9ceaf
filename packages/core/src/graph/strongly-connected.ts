import { adjacencyOf } from "./adjacency.ts";
import type { Graph } from "./graph.ts";

/**
 * Strongly connected components (Tarjan, iterative so deep chains cannot overflow the stack).
 * Each component's ids are sorted; components come in reverse topological order of the
 * dependency direction, i.e. dependencies before their dependents.
 */
export function stronglyConnectedComponents(graph: Graph): string[][] {
  let found = components.get(graph);
  if (!found) {
    found = tarjan(graph);
    components.set(graph, found);
  }
  return found;
}

const components = new WeakMap<Graph, string[][]>();

function tarjan(graph: Graph): string[][] {
  const { dependencies } = adjacencyOf(graph);
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;

  for (const start of graph.nodes) {
    if (index.has(start.id)) continue;
    const work: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    index.set(start.id, counter);
    lowLink.set(start.id, counter++);
    stack.push(start.id);
    onStack.add(start.id);

    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = dependencies.get(frame.id) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!.dependency;
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.id, Math.min(lowLink.get(frame.id)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.id, Math.min(lowLink.get(parent.id)!, lowLink.get(frame.id)!));
      if (lowLink.get(frame.id) === index.get(frame.id)) {
        const members: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          members.push(member);
        } while (member !== frame.id);
        result.push(members.sort());
      }
    }
  }
  return result;
}

const cycles = new WeakMap<Graph, string[][]>();

/** The components that form a cycle: more than one member, or one that depends on itself. */
export function dependencyCycles(graph: Graph): string[][] {
  let found = cycles.get(graph);
  if (!found) {
    found = findCycles(graph);
    cycles.set(graph, found);
  }
  return found;
}

function findCycles(graph: Graph): string[][] {
  const { dependencies } = adjacencyOf(graph);
  return stronglyConnectedComponents(graph).filter(
    (members) =>
      members.length > 1 ||
      (dependencies.get(members[0]!) ?? []).some((edge) => edge.dependency === members[0]),
  );
}
