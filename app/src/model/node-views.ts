import type { Graph } from "@karma/core";
import type { IssueCount, PlanStatus } from "./derive.ts";
import { memoizeLast } from "./memo.ts";

/** What a node card shows; flat, so a card can compare it shallowly and skip re-rendering. */
export interface NodeView {
  id: string;
  type: string;
  nickname: string;
  external: boolean;
  /** For an external node: where a component with that id exists. */
  foundInEnv: string | null;
  /** The component's repository when the workspace has several; null otherwise. */
  repo: string | null;
  errors: number;
  warnings: number;
  plan: PlanStatus;
}

// the last view of each graph node: a card whose counts and plan did not change keeps its view
const lastViews = new WeakMap<Graph["nodes"][number], NodeView>();

export const nodeViewsOf = memoizeLast(
  (
    graph: Graph,
    counts: Map<string, IssueCount>,
    plan: Map<string, PlanStatus>,
  ): Map<string, NodeView> => {
    const views = new Map<string, NodeView>();
    for (const node of graph.nodes) {
      const count = counts.get(node.id);
      const errors = count?.errors ?? 0;
      const warnings = count?.warnings ?? 0;
      const status = plan.get(node.id) ?? "none";
      const last = lastViews.get(node);
      if (last && last.errors === errors && last.warnings === warnings && last.plan === status) {
        views.set(node.id, last);
        continue;
      }
      const view: NodeView = {
        id: node.id,
        type: node.type,
        nickname: node.nickname,
        external: node.external,
        foundInEnv: node.foundInEnv,
        // an external node's repository is only the first that refers to it
        repo: node.external ? null : (node.repo ?? null),
        errors,
        warnings,
        plan: status,
      };
      lastViews.set(node, view);
      views.set(node.id, view);
    }
    return views;
  },
);
