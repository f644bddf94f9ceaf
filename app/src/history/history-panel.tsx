import { useId, useRef } from "react";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { useRovingFocus } from "../ui/use-roving-focus.ts";
import "./history.css";

interface Entry {
  label: string;
  /** Steps done once the user jumps to this entry. */
  done: number;
}

/** Every step of the edit history in words; clicking one undoes or redoes up to it. */
export function HistoryPanel() {
  const store = useEditorApi();
  const past = useEditor((state) => state.past);
  const future = useEditor((state) => state.future);
  const source = useEditor((state) => state.source);
  const titleId = useId();
  const steps = useRef<HTMLOListElement>(null);
  useRovingFocus(steps, ".history-step");
  const entries: Entry[] = [
    { label: source ? `Opened ${source.name}` : "Nothing opened", done: 0 },
    ...past.map((step, i) => ({ label: step.label, done: i + 1 })),
    ...future.map((_, i) => {
      const step = future[future.length - 1 - i]!;
      return { label: step.label, done: past.length + i + 1 };
    }),
  ];
  return (
    <section className="history-panel" aria-labelledby={titleId} data-testid="history-panel">
      <div className="panel-header">
        <h2 id={titleId}>History</h2>
        <span className="history-count">
          {past.length} step{past.length === 1 ? "" : "s"}
          {future.length > 0 ? `, ${future.length} undone` : ""}
        </span>
      </div>
      <ol className="history-list" ref={steps}>
        {entries.map((entry) => {
          const state =
            entry.done === past.length ? "current" : entry.done < past.length ? "done" : "undone";
          return (
            <li key={entry.done}>
              <button
                type="button"
                className="history-step"
                data-state={state}
                aria-current={state === "current" ? "step" : undefined}
                title={state === "current" ? "You are here" : `Go to: ${entry.label}`}
                onClick={() => store.getState().jumpTo(entry.done)}
              >
                {entry.label}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
