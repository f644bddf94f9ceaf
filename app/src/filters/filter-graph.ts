import type { Graph } from "@karma/core";
import type { IssueCount } from "../model/derive.ts";
import { memoizeLast } from "../model/memo.ts";
import type { IssueFilter } from "../state/editor-store.ts";

/** Whether a component with these issues passes the issue filter. */
export function passesIssueFilter(count: IssueCount | undefined, filter: IssueFilter): boolean {
  const errors = count?.errors ?? 0;
  const warnings = count?.warnings ?? 0;
  if (filter === "errors") return errors > 0;
  if (filter === "warnings") return warnings > 0;
  if (filter === "clean") return errors === 0 && warnings === 0;
  return true;
}

/**
 * The graph without the components the filters leave out (and their edges). The same graph comes
 * back when no filter is set, so nothing downstream recomputes.
 */
export const filterGraph = memoizeLast(
  (
    graph: Graph,
    hiddenTypes: string[],
    filter: IssueFilter,
    counts: Map<string, IssueCount>,
  ): Graph => {
    if (hiddenTypes.length === 0 && filter === "all") return graph;
    const hidden = new Set(hiddenTypes);
    const nodes = graph.nodes.filter(
      (node) => !hidden.has(node.type) && passesIssueFilter(counts.get(node.id), filter),
    );
    const kept = new Set(nodes.map((node) => node.id));
    return {
      env: graph.env,
      nodes,
      edges: graph.edges.filter((edge) => kept.has(edge.dependent) && kept.has(edge.dependency)),
    };
  },
);
