import { planCounts } from "@karma/core";
import { compareLabel } from "../serve/compare-label.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectPlan } from "../store/selectors.ts";
import { CopyPlanButtons } from "./copy-plan-buttons.tsx";
import { ConsequenceList, PlanIssueList } from "./plan-notes.tsx";
import { PlanWaveList } from "./plan-wave-list.tsx";
import "./plan-marks.css";
import "./plan-panel.css";
import { CloseButton } from "../ui/close-button.tsx";

const selectCompareBase = (state: EditorStore) => state.compareBase;

/**
 * What deploying the edited repository over the one opened (or a commit, under "Compare
 * with…") would do, live under the canvas: the plan's errors, every change in deploy order with
 * its field changes, the consequences. Not modal, so every edit shows its plan at once; each
 * item shows its component.
 */
export function PlanPanel() {
  const store = useEditorApi();
  const open = useEditor((state) => state.dialog === "plan");
  const plan = useEditor(selectPlan);
  const compared = useEditor(selectCompareBase);
  if (!open) return null;
  const errors = plan.issues.filter((issue) => issue.severity === "error").length;
  return (
    <section className="plan-panel" aria-labelledby="plan-panel-title" data-testid="plan-panel">
      <div className="plan-panel-header">
        <h2 id="plan-panel-title">{compared ? `Plan since ${compareLabel(compared)}` : "Plan"}</h2>
        <p className="plan-summary" data-testid="plan-summary">
          {planCounts(plan)}
          {errors > 0 ? (
            <span className="count count-error">
              {errors} error{errors === 1 ? "" : "s"}
            </span>
          ) : null}
        </p>
        <CopyPlanButtons />
        <CloseButton label="Close plan" onClose={() => store.getState().setDialog(null)} />
      </div>
      <div className="plan-panel-body">
        <PlanIssueList issues={plan.issues} />
        <PlanWaveList plan={plan} />
        <ConsequenceList plan={plan} />
      </div>
    </section>
  );
}
