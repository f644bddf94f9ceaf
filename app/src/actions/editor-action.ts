import type { EditorStore } from "../state/editor-store.ts";
import type { Editor } from "../store/editor-context.tsx";

/** A command of the editor: one definition used by its button and its keyboard shortcut. */
export interface EditorAction {
  id: string;
  label: string;
  /** Shown in the tooltip, e.g. "Ctrl+Z". */
  kbd?: string;
  matches?(event: KeyboardEvent): boolean;
  enabled(state: EditorStore): boolean;
  /** `event`: the key press, when the action was run by its shortcut. */
  perform(editor: Editor, event?: KeyboardEvent): void;
}
