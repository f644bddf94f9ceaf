import { compareStrings } from "../compare.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { GraphEdge } from "../graph/graph.ts";
import type { Workspace } from "../repo/workspace.ts";
import type { EdgeChange } from "./history-change.ts";

/**
 * The edges of one environment's graph added and removed between two workspaces, by dependent,
 * dependency and key. An edge of a component that could not be read on a side (or that `unknown`
 * names) is neither: its references there are unknown, not gone.
 */
export function edgeChanges(
  before: Workspace,
  after: Workspace,
  env: string,
  unknown: Iterable<string>,
): EdgeChange[] {
  const old = buildGraph(before, env);
  const next = buildGraph(after, env);
  // a change that moved no edge keeps the graph object (buildGraph)
  if (old === next) return [];
  const skipped = unreadable(before, after, env, unknown);
  const changes: EdgeChange[] = [];
  const add = (edge: GraphEdge, change: EdgeChange["change"]) => {
    if (skipped.has(edge.dependent) || skipped.has(edge.dependency)) return;
    changes.push({ dependent: edge.dependent, dependency: edge.dependency, key: edge.key, change });
  };
  // both edge lists are sorted by dependent, dependency, key: one merge pass
  let i = 0;
  let j = 0;
  while (i < old.edges.length || j < next.edges.length) {
    const a = old.edges[i];
    const b = next.edges[j];
    const order = !a ? 1 : !b ? -1 : compareEdges(a, b);
    if (order < 0) add(old.edges[i++]!, "remove");
    else if (order > 0) add(next.edges[j++]!, "add");
    else {
      i++;
      j++;
    }
  }
  return changes;
}

function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return (
    compareStrings(a.dependent, b.dependent) ||
    compareStrings(a.dependency, b.dependency) ||
    compareStrings(a.key, b.key)
  );
}

function unreadable(
  before: Workspace,
  after: Workspace,
  env: string,
  unknown: Iterable<string>,
): Set<string> {
  const ids = new Set(unknown);
  for (const workspace of [before, after]) {
    for (const component of workspace.components) {
      if (component.env === env && component.config === null) ids.add(component.id);
    }
  }
  return ids;
}
