import { indexActions, type Plan, type PlanAction, type PlanWave, waveSteps } from "@karma/core";
import { useEditorApi } from "../store/editor-context.tsx";
import { FieldChangeList } from "./field-change-list.tsx";
import { focusComponent } from "./focus-component.ts";

const signs = { create: "+", update: "~", delete: "−" } as const;
/** Beyond this many changes the list stops; the copied plan has them all. */
export const shownChanges = 500;
const verbs = { create: "create", update: "update", delete: "delete" } as const;

/** Every change in deploy order, wave by wave: destroys first, then creates and updates. */
export function PlanWaveList({ plan }: { plan: Plan }) {
  const steps = waveSteps(plan, indexActions(plan));
  if (steps.length === 0) {
    return <p className="panel-empty">No changes: the repository matches what was opened.</p>;
  }
  let budget = shownChanges;
  const shown = [];
  for (const step of steps) {
    if (budget <= 0) break;
    shown.push({ ...step, actions: step.actions.slice(0, budget) });
    budget -= step.actions.length;
  }
  const total = plan.summary.create + plan.summary.update + plan.summary.delete;
  return (
    <>
      <ol className="plan-wave-list">
        {shown.map(({ wave, actions }) => (
          <li key={`${wave.env}:${wave.index}`} className="plan-wave">
            <h3 className="subheading plan-wave-title">{waveTitle(wave)}</h3>
            <ul>
              {actions.map((action) => (
                <ActionItem key={action.component} action={action} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {total > shownChanges ? (
        <p className="panel-empty">
          {total - shownChanges} more changes not listed here: copy the plan to see them all.
        </p>
      ) : null}
    </>
  );
}

function waveTitle(wave: PlanWave): string {
  const phase = wave.phase === "destroy" ? "destroy, dependents first" : "apply";
  return `Wave ${wave.index} · ${phase} · ${wave.env}${wave.cycle ? " · cycle" : ""}`;
}

function ActionItem({ action }: { action: PlanAction }) {
  const store = useEditorApi();
  if (action.action === "no-op" || action.action === "unknown") return null;
  const count = action.changes.length;
  return (
    <li
      className={`plan-item plan-item-${action.action}`}
      data-testid="plan-action"
      data-component={action.component}
      data-env={action.env}
      data-action={action.action}
    >
      <button
        type="button"
        className="plan-item-target"
        onClick={() => focusComponent(store, action.env, action.component)}
        title={`Show ${action.component} in ${action.env}`}
      >
        <span className={`plan-badge plan-badge-${action.action}`} aria-hidden="true">
          {signs[action.action]}
        </span>
        <span className="plan-item-verb">{verbs[action.action]}</span>
        <span className="plan-item-name">{action.component}</span>
      </button>
      {action.action === "update" ? (
        <FieldChangeList changes={action.changes} />
      ) : count > 0 ? (
        <details className="plan-item-details">
          <summary>
            {count} key{count === 1 ? "" : "s"}
          </summary>
          <FieldChangeList changes={action.changes} />
        </details>
      ) : null}
    </li>
  );
}
