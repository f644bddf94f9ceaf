import type { Plan, PlanAction } from "@karma/core";
import { isLayoutPath } from "../model/repository-files.ts";

const shownFields = 5;

/**
 * The commit message offered for a save, from the plan of what it saved: a subject that names
 * the changed components (or counts them), then one line per change with its fields.
 */
export function commitMessageOf(plan: Plan, paths: readonly string[]): string {
  const actions = plan.actions.filter(
    (action) =>
      action.action === "create" || action.action === "update" || action.action === "delete",
  );
  if (actions.length === 0) {
    return paths.every(isLayoutPath)
      ? "Arrange the layout"
      : `Update ${paths.length} Karma file${paths.length === 1 ? "" : "s"}`;
  }
  const envs = new Set(actions.map((action) => action.env));
  const one = envs.size === 1;
  const where = one ? ` in ${[...envs][0]}` : "";
  const name = (action: PlanAction) =>
    one ? action.component : `${action.env}/${action.component}`;
  const subject =
    actions.length <= 3
      ? (["create", "update", "delete"] as const)
          .map((verb) => {
            const ids = actions.filter((action) => action.action === verb).map(name);
            return ids.length === 0 ? "" : `${verb} ${ids.join(", ")}`;
          })
          .filter(Boolean)
          .join("; ")
      : `change ${actions.length} components`;
  const lines = actions.map((action) => `- ${action.action} ${name(action)}${fieldsOf(action)}`);
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)}${where}\n\n${lines.join("\n")}`;
}

function fieldsOf(action: PlanAction): string {
  if (action.action !== "update" || action.changes.length === 0) return "";
  const paths = action.changes.map((change) => change.path || "(whole config)");
  const shown = paths.slice(0, shownFields).join(", ");
  return `: ${shown}${paths.length > shownFields ? `, and ${paths.length - shownFields} more` : ""}`;
}
