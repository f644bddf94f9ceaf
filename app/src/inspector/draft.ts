/**
 * An input's local draft: typing changes only the draft (so it never waits on the store), Enter
 * or blur commits it, Escape goes back to the committed text. While the field is not being
 * edited, a new committed text (an undo, say) replaces the draft.
 */
export interface Draft {
  /** The text last committed (the config's value as text). */
  committed: string;
  /** The text shown. */
  text: string;
  editing: boolean;
}

export type DraftEvent =
  | { kind: "type"; text: string }
  | { kind: "revert" }
  | { kind: "committed"; text: string }
  | { kind: "external"; text: string };

export function startDraft(committed: string): Draft {
  return { committed, text: committed, editing: false };
}

export function nextDraft(draft: Draft, event: DraftEvent): Draft {
  switch (event.kind) {
    case "type":
      return { ...draft, text: event.text, editing: true };
    case "revert":
      return { ...draft, text: draft.committed, editing: false };
    case "committed":
      return { committed: event.text, text: event.text, editing: false };
    case "external":
      if (event.text === draft.committed) return draft;
      return draft.editing
        ? { ...draft, committed: event.text }
        : { committed: event.text, text: event.text, editing: false };
  }
}

/** Whether committing the draft would change anything. */
export function isDirty(draft: Draft): boolean {
  return draft.text !== draft.committed;
}
