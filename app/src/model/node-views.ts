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
  errors: number;
  warnings: number;
  plan: PlanStatus;
}

export const nodeViewsOf = memoizeLast(
  (
    graph: Graph,
    counts: Map<string, IssueCount>,
    plan: Map<string, PlanStatus>,
  ): Map<string, NodeView> => {
    const views = new Map<string, NodeView>();
    for (const node of graph.nodes) {
      const count = counts.get(node.id);
      views.set(node.id, {
        id: node.id,
        type: node.type,
        nickname: node.nickname,
        external: node.external,
        foundInEnv: node.foundInEnv,
        errors: count?.errors ?? 0,
        warnings: count?.warnings ?? 0,
        plan: plan.get(node.id) ?? "none",
      });
    }
    return views;
  },
);
