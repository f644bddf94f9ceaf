import type { PlanAction } from "@karma/core";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectPlan } from "../store/selectors.ts";
import { Dialog } from "../ui/dialog.tsx";

/** What deploying the edited config over the opened one would do, in the shown environment. */
export function PlanDialog() {
  const store = useEditorApi();
  const open = useEditor((state) => state.dialog === "plan");
  const plan = useEditor(selectPlan);
  const env = useEditor((state) => state.env);
  if (!open) return null;
  const close = () => store.getState().setDialog(null);
  const actions = plan.actions.filter((action) => action.env === env && action.action !== "no-op");
  const byId = new Map(actions.map((action) => [action.component, action]));
  const waves = plan.waves.filter((wave) => wave.env === env);
  const consequences = plan.consequences.filter((consequence) => consequence.env === env);
  return (
    <Dialog
      title={`Plan for ${env ?? "—"}`}
      onClose={close}
      testId="plan-dialog"
      actions={
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      }
    >
      {actions.length === 0 ? (
        <p>No component changes in {env}: deploying would change nothing.</p>
      ) : (
        <ol className="plan-waves">
          {waves.map((wave) => (
            <li key={`${wave.phase}-${wave.index}`}>
              <h3 className="subheading">
                Wave {wave.index} · {wave.phase === "destroy" ? "destroy" : "apply"}
                {wave.cycle ? " · cycle" : ""}
              </h3>
              <ul>
                {wave.components
                  .map((id) => byId.get(id))
                  .filter((action): action is PlanAction => action !== undefined)
                  .map((action) => (
                    <li key={action.component} className={`plan-action plan-${action.action}`}>
                      <span className="plan-kind">{action.action}</span> {action.component}
                      <span className="plan-changes">
                        {action.changes.length} field change{action.changes.length === 1 ? "" : "s"}
                      </span>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {consequences.length > 0 ? (
        <>
          <h3 className="subheading">May change as a consequence</h3>
          <ul>
            {consequences.map((consequence) => (
              <li key={`${consequence.component}:${consequence.cause}`}>
                {consequence.component} (reads {consequence.cause})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Dialog>
  );
}
