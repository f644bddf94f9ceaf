import { formatPlanMarkdown, formatPlanScript, type PlanReport, planReport } from "@karma/core";
import type { EditorState } from "../state/editor-state.ts";
import { selectBaselineWorkspace, selectWorkspace } from "../store/selectors.ts";

/** The plan of the edits against the repository as opened, as the CLI reports it. */
export function planReportOf(state: EditorState): PlanReport {
  const name = state.source?.name ?? "the repository";
  return planReport({
    base: `${name} as opened`,
    baseCommit: null,
    env: null,
    baseline: selectBaselineWorkspace(state),
    desired: selectWorkspace(state),
  });
}

export type PlanFormat = "markdown" | "script";

/** The text `karma plan --format markdown|script` would print for the same change. */
export function planText(state: EditorState, format: PlanFormat): string {
  const report = planReportOf(state);
  return format === "markdown" ? formatPlanMarkdown(report) : formatPlanScript(report);
}
