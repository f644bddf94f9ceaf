import { type FieldChange, jsonEqual, type Plan, type PlanAction } from "@karma/core";
import { memoizeLast } from "./memo.ts";

/**
 * The components of an environment that the change deletes and the canvas keeps as ghosts.
 * A rename (a deletion and a creation of the same type with the same config) moves the node
 * instead: the plan lists both, the canvas shows only the new name.
 */
export const ghostIdsOf = memoizeLast((plan: Plan, env: string): Set<string> => {
  const deleted: PlanAction[] = [];
  const created: PlanAction[] = [];
  for (const action of plan.actions) {
    if (action.env !== env) continue;
    if (action.action === "delete") deleted.push(action);
    else if (action.action === "create") created.push(action);
  }
  const ghosts = new Set<string>();
  for (const action of deleted) {
    const renamed = created.some(
      (other) => other.type === action.type && sameConfig(action.changes, other.changes),
    );
    if (!renamed) ghosts.add(action.component);
  }
  return ghosts;
});

/** A deletion's changes (before values) against a creation's (after values), key by key. */
function sameConfig(removed: FieldChange[], added: FieldChange[]): boolean {
  return (
    removed.length === added.length &&
    removed.every(
      (change, i) => change.path === added[i]!.path && jsonEqual(change.before, added[i]!.after),
    )
  );
}
