import { type KeyboardEvent, useState } from "react";
import { type Draft, isDirty, nextDraft, startDraft } from "./draft.ts";

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
): DraftInput {
  const [draft, setDraft] = useState<Draft>(() => startDraft(committed));
  const [error, setError] = useState<string | null>(null);
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
