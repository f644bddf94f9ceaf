import type { ComponentDrift, DriftStatus, Graph } from "@karma/core";
import { memoizeLast } from "../model/memo.ts";
import type { DriftFilter } from "../state/editor-state.ts";

/** Whether a component with this drift status passes the drift filter. */
export function passesDriftFilter(status: DriftStatus | undefined, filter: DriftFilter): boolean {
  return filter === "all" || status === filter;
}

/**
 * The graph without the components the drift filter leaves out (and their edges). Without a
 * snapshot (no drift known) nothing is left out; the same graph comes back when nothing is.
 */
export const filterGraphByDrift = memoizeLast(
  (graph: Graph, filter: DriftFilter, drift: Map<string, ComponentDrift>): Graph => {
    if (filter === "all" || drift.size === 0) return graph;
    const nodes = graph.nodes.filter((node) =>
      passesDriftFilter(drift.get(node.id)?.status, filter),
    );
    const kept = new Set(nodes.map((node) => node.id));
    return {
      env: graph.env,
      nodes,
      edges: graph.edges.filter((edge) => kept.has(edge.dependent) && kept.has(edge.dependency)),
    };
  },
);
