import { type Issue, parseComponentId } from "@karma/core";
import { memo, useDeferredValue, useRef, useState } from "react";
import { TypeIcon } from "../canvas/type-icon.tsx";
import { useUnapplied } from "../inspector/unapplied-values.tsx";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectIssues, selectWorkspace } from "../store/selectors.ts";
import { useDrawnInSteps } from "../ui/use-drawn-in-steps.ts";
import { useRovingFocus } from "../ui/use-roving-focus.ts";
import { groupIssues, type IssueGroup } from "./issue-groups.ts";

/** Components listed at first and per "Show more": thousands of rows would stall the page. */
const page = 100;
// drawn a few at a time: a hundred groups are some 1,400 elements, laid out and painted in one
// frame when a large repository opens
const drawnPerStep = 20;

export function IssuesPanel() {
  // the canvas first: the list (a hundred groups, some 1,400 elements) is rendered after it, in
  // slices React interrupts for anything more urgent
  const issues = useDeferredValue(useEditor(selectIssues));
  const env = useDeferredValue(useEditor((state) => state.env));
  const groups = groupIssues(issues, env);
  const [shown, setShown] = useState(page);
  const drawn = useDrawnInSteps(groups, shown, drawnPerStep);
  const unapplied = useUnapplied(null);
  // one tab stop for the list; the arrow keys go from row to row
  const rows = useRef<HTMLElement>(null);
  useRovingFocus(rows, ".issue-row, .issue-groups-more .button");
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.filter((issue) => issue.severity === "warning").length;
  const notes = issues.length - errors - warnings;
  return (
    <aside className="side-panel issues-panel" aria-labelledby="issues-title" ref={rows}>
      <div className="panel-header">
        <h2 id="issues-title">Issues</h2>
        <span className="counts">
          <span className="count count-error" title="Errors">
            {errors} error{errors === 1 ? "" : "s"}
          </span>
          <span className="count count-warning" title="Warnings">
            {warnings} warning{warnings === 1 ? "" : "s"}
          </span>
          <span className="count count-info" title="Notes">
            {notes} note{notes === 1 ? "" : "s"}
          </span>
        </span>
      </div>
      {unapplied.length > 0 ? (
        <div className="unapplied-notice" data-testid="unapplied-issues">
          <strong>Not applied ({unapplied.length}):</strong>
          <ul>
            {unapplied.map((value) => (
              <li key={`${value.env}:${value.component}:${value.field}`}>
                {value.component} <span className="mono">{value.field}</span> ={" "}
                <span className="mono">{value.text}</span>: {value.error}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {groups.length === 0 ? (
        <p className="panel-empty">
          {unapplied.length === 0
            ? "No issues. Everything validates."
            : "No issues in what is saved."}
        </p>
      ) : (
        <ul className="issue-groups">
          {groups.slice(0, drawn).map((group) => (
            <IssueGroupItem key={group.key} group={group} />
          ))}
          {groups.length > shown && drawn === shown ? (
            <li className="issue-groups-more">
              <button
                type="button"
                className="button"
                onClick={() => setShown((count) => count + page * 5)}
              >
                Show more ({groups.length - shown} more component
                {groups.length - shown === 1 ? "" : "s"} with issues)
              </button>
            </li>
          ) : null}
        </ul>
      )}
    </aside>
  );
}

const IssueGroupItem = memo(function IssueGroupItem({ group }: { group: IssueGroup }) {
  const type = group.component === null ? undefined : parseComponentId(group.component)?.type;
  return (
    <li className="issue-group" data-component={group.component ?? undefined}>
      <div className="issue-group-title">
        {type ? <TypeIcon type={type} /> : null}
        <span className="issue-group-name">{group.title}</span>
        {group.env ? <span className="env-chip">{group.env}</span> : null}
      </div>
      <ul>
        {group.issues.map((issue) => (
          <IssueItem
            key={`${issue.code}:${issue.line}:${issue.column}:${issue.path}:${issue.message}`}
            issue={issue}
          />
        ))}
      </ul>
    </li>
  );
});

export function IssueItem({ issue, onSelected }: { issue: Issue; onSelected?: () => void }) {
  const store = useEditorApi();
  const content = (
    <>
      <span
        className={`severity severity-${issue.severity}`}
        role="img"
        aria-label={issue.severity}
      />
      <span className="issue-text">
        <span className="issue-message">{issue.message}</span>
        <span className="issue-location">
          {issue.file}:{issue.line}:{issue.column}
          {issue.path ? ` · ${issue.path}` : ""}
        </span>
      </span>
    </>
  );
  if (issue.component === null) {
    return (
      <li className="issue" data-severity={issue.severity}>
        <div className="issue-row">{content}</div>
      </li>
    );
  }
  return (
    <li className="issue" data-severity={issue.severity}>
      <button
        type="button"
        className="issue-row"
        onClick={() => {
          focusIssue(store, issue);
          onSelected?.();
        }}
      >
        {content}
      </button>
    </li>
  );
}

function focusIssue(store: ReturnType<typeof useEditorApi>, issue: Issue): void {
  const state = store.getState();
  if (
    issue.env !== null &&
    issue.env !== state.env &&
    selectWorkspace(state).environments.includes(issue.env)
  ) {
    state.setEnv(issue.env);
  }
  if (issue.component !== null) store.getState().select(issue.component, { focus: true });
}
