import type { Issue, Plan, PlanConsequence } from "@karma/core";
import { useEditorApi } from "../store/editor-context.tsx";
import { focusComponent } from "./focus-component.ts";
import { shownChanges } from "./plan-wave-list.tsx";

/** The plan's errors (a deleted component still referenced) and cycle warnings. */
export function PlanIssueList({ issues }: { issues: Issue[] }) {
  const store = useEditorApi();
  if (issues.length === 0) return null;
  return (
    <section aria-label="Plan errors">
      <h3 className="subheading">Cannot deploy as is</h3>
      <ul className="plan-notes">
        {issues.map((issue) => (
          <li
            key={`${issue.env}:${issue.component}:${issue.path}:${issue.message}`}
            className={`plan-issue plan-issue-${issue.severity}`}
            data-testid="plan-issue"
            data-component={issue.component ?? undefined}
          >
            <button
              type="button"
              className="plan-item-target"
              disabled={issue.component === null || issue.env === null}
              onClick={() => {
                if (issue.component !== null && issue.env !== null) {
                  focusComponent(store, issue.env, issue.component);
                }
              }}
            >
              <span
                className={`severity severity-${issue.severity}`}
                role="img"
                aria-label={issue.severity}
              />
              <span className="plan-issue-text">
                {issue.message}
                {issue.file ? (
                  <span className="plan-issue-location">
                    {issue.file}:{issue.line}:{issue.column}
                  </span>
                ) : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Unchanged components that read a changed one, each with the references that reach it. */
export function ConsequenceList({ plan }: { plan: Plan }) {
  const store = useEditorApi();
  if (plan.consequences.length === 0) return null;
  const actions = new Map(plan.actions.map((a) => [`${a.env}\u0000${a.component}`, a.action]));
  const verbOf = (c: PlanConsequence) => {
    const action = actions.get(`${c.env}\u0000${c.cause}`);
    return action === "delete" ? "deleted" : action === "create" ? "created" : "updated";
  };
  return (
    <section aria-label="Consequences">
      <h3 className="subheading">Consequences: inputs may change</h3>
      <ul className="plan-notes">
        {plan.consequences.slice(0, shownChanges).map((consequence) => (
          <li
            key={`${consequence.env}:${consequence.component}`}
            className="plan-item plan-consequence"
            data-testid="plan-consequence"
            data-component={consequence.component}
            data-env={consequence.env}
          >
            <button
              type="button"
              className="plan-item-target"
              onClick={() => focusComponent(store, consequence.env, consequence.component)}
              title={`Show ${consequence.component} in ${consequence.env}`}
            >
              <span className="plan-badge plan-badge-consequence" aria-hidden="true">
                !
              </span>
              <span className="plan-item-name">{consequence.component}</span>
              <span className="env-chip">{consequence.env}</span>
            </button>
            <p className="plan-path">
              {consequence.path.join(" → ")} ({verbOf(consequence)})
            </p>
          </li>
        ))}
      </ul>
      {plan.consequences.length > shownChanges ? (
        <p className="panel-empty">
          {plan.consequences.length - shownChanges} more not listed here: copy the plan to see them
          all.
        </p>
      ) : null}
    </section>
  );
}
