import { formatPlanMarkdown, formatPlanScript, type PlanReport, planReport } from "@karma/core";
import { type PlanState, selectPlanBaseWorkspace, selectWorkspace } from "../store/selectors.ts";

/** The plan shown (against the repository as opened, or a commit), as the CLI reports it. */
export function planReportOf(state: PlanState): PlanReport {
  const name = state.source?.name ?? "the repository";
  const compared = state.compareBase;
  return planReport({
    base: compared ? compared.ref : `${name} as opened`,
    baseCommit: compared ? compared.commit : null,
    env: null,
    baseline: selectPlanBaseWorkspace(state),
    desired: selectWorkspace(state),
  });
}

export type PlanFormat = "markdown" | "script";

/** The text `karma plan --format markdown|script` would print for the same change. */
export function planText(state: PlanState, format: PlanFormat): string {
  const report = planReportOf(state);
  return format === "markdown" ? formatPlanMarkdown(report) : formatPlanScript(report);
}
