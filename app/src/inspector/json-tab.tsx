import { type Component, splitWorkspacePath, type TypeDefinition } from "@karma/core";
import { lazy, Suspense, useId, useMemo } from "react";
import { runCommand } from "../commands/run-command.ts";
import { setConfigTextCommand } from "../commands/set-config-text.ts";
import { useDocument, useEditorApi } from "../store/editor-context.tsx";
import { checkJsonText, type TextProblem } from "./check-json-text.ts";
import { useDraft } from "./use-draft.ts";

// CodeMirror is loaded with the JSON tab, not with the app
const JsonEditor = lazy(() => import("./json-editor.tsx"));

/** The JSON tab: the config file's text, checked as it is typed, applied on blur or Ctrl+Enter. */
export function JsonTab({
  component,
  definition,
}: {
  component: Component;
  definition: TypeDefinition | null;
}) {
  const store = useEditorApi();
  const inputId = useId();
  const { file, id, env } = component;
  const text = useDocument((state) => (Object.hasOwn(state.files, file) ? state.files[file]! : ""));
  const draft = useDraft(
    text,
    (next) => {
      const { syntax } = checkJsonText(next, definition);
      if (syntax) return `Not applied: ${where(syntax)}`;
      const outcome = runCommand(
        store,
        setConfigTextCommand,
        { env, id, text: next },
        { quiet: true },
      );
      return outcome.ok ? null : outcome.error;
    },
    true,
    { env, component: id, field: "JSON" },
  );
  const check = useMemo(() => checkJsonText(draft.text, definition), [draft.text, definition]);
  const problems = check.syntax ? [check.syntax] : check.schema;
  return (
    <div className="json-tab">
      <label className="field-label" htmlFor={inputId}>
        <span className="mono">
          {/* beside other repositories: <repository>/<path>, as issues name it */}
          {component.repo === undefined
            ? file
            : `${component.repo}/${splitWorkspacePath(file)?.path ?? file}`}
        </span>
      </label>
      <Suspense
        fallback={
          <textarea
            id={inputId}
            className="field-input field-json json-editor"
            aria-label="Config JSON"
            aria-invalid={check.syntax !== null || undefined}
            spellCheck={false}
            value={draft.text}
            onChange={(event) => draft.onChange(event.target.value)}
            onBlur={draft.commit}
            onKeyDown={draft.onKeyDown}
          />
        }
      >
        <JsonEditor
          value={draft.text}
          label="Config JSON"
          errorLine={check.syntax?.line ?? null}
          onChange={draft.onChange}
          onCommit={draft.commit}
          onRevert={draft.revert}
        />
      </Suspense>
      <div className="json-actions">
        <button
          type="button"
          className="button button-primary button-small"
          title="Apply (Ctrl+Enter)"
          disabled={draft.text === text || check.syntax !== null}
          onClick={draft.commit}
        >
          Apply
        </button>
        <button
          type="button"
          className="button button-small"
          title="Revert (Escape)"
          disabled={draft.text === text}
          onClick={draft.revert}
        >
          Revert
        </button>
      </div>
      <ul className="json-problems" aria-label="Problems of the JSON">
        {draft.error && check.syntax === null ? (
          <li className="field-problem field-problem-error">{draft.error}</li>
        ) : null}
        {problems.map((problem) => (
          <li key={where(problem)} className={`field-problem field-problem-${problem.severity}`}>
            {where(problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function where(problem: TextProblem): string {
  return `Line ${problem.line}, column ${problem.column}: ${problem.message}`;
}
