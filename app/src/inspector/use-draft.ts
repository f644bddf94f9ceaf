import { type KeyboardEvent, useEffect, useState } from "react";
import { useEditorApi } from "../store/editor-context.tsx";
import { type Draft, isDirty, nextDraft, startDraft } from "./draft.ts";

/** Where a draft belongs, so a value that could not be applied is kept in sight (UnappliedSlice). */
export interface DraftPlace {
  env: string;
  component: string;
  field: string;
}

export interface DraftInput {
  text: string;
  /** Why the last commit failed; cleared by typing. */
  error: string | null;
  onChange(text: string): void;
  commit(): void;
  revert(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

/**
 * A local draft of `committed` (see draft.ts). `commit` writes the text and returns why it could
 * not, or null. Enter commits (Ctrl/Cmd+Enter in a multi-line field), Escape reverts.
 */
export function useDraft(
  committed: string,
  commit: (text: string) => string | null,
  multiline = false,
  place?: DraftPlace,
): DraftInput {
  const store = useEditorApi();
  const key = place ? `${place.env}\u0000${place.component}\u0000${place.field}` : null;
  const [draft, setDraft] = useState<Draft>(() => {
    // a value left unapplied earlier comes back into its field
    const kept = key === null ? undefined : store.getState().unapplied[key];
    const start = startDraft(committed);
    return kept ? nextDraft(start, { kind: "type", text: kept.text }) : start;
  });
  const [error, setError] = useState<string | null>(() =>
    key === null ? null : (store.getState().unapplied[key]?.error ?? null),
  );
  const pendingText = error !== null && isDirty(draft) ? draft.text : null;
  const { env, component, field } = place ?? {};
  useEffect(() => {
    if (key === null || env === undefined || component === undefined || field === undefined) return;
    const value =
      pendingText === null || error === null
        ? null
        : { env, component, field, text: pendingText, error };
    store.getState().setUnapplied(key, value);
  }, [store, key, env, component, field, pendingText, error]);
  if (draft.committed !== committed) {
    // the config changed under the field (an undo, another edit): follow it unless typing
    setDraft(nextDraft(draft, { kind: "external", text: committed }));
    if (error !== null && !draft.editing) setError(null);
  }
  const save = () => {
    if (!isDirty(draft)) {
      if (draft.editing) setDraft(nextDraft(draft, { kind: "revert" }));
      return;
    }
    const failure = commit(draft.text);
    setError(failure);
    if (failure === null) setDraft(nextDraft(draft, { kind: "committed", text: draft.text }));
  };
  const revert = () => {
    setError(null);
    setDraft(nextDraft(draft, { kind: "revert" }));
  };
  return {
    text: draft.text,
    error,
    onChange(text) {
      setError(null);
      setDraft(nextDraft(draft, { kind: "type", text }));
    },
    commit: save,
    revert,
    onKeyDown(event) {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        revert();
      } else if (event.key === "Enter" && (!multiline || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        save();
      }
    },
  };
}
