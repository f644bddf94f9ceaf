import { useEffect } from "react";
import { shortcutActions } from "./actions/editor-actions.ts";
import { useEditorServices } from "./store/editor-context.tsx";

/** Keyboard shortcuts of the editor actions, except while typing in a field. */
export function useShortcuts(): void {
  const editor = useEditorServices();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true], dialog")) return;
      const state = editor.store.getState();
      if (event.key === "Escape" && state.selection !== null) {
        state.select(null);
        return;
      }
      const action = shortcutActions.find((candidate) => candidate.matches?.(event));
      if (!action) return;
      event.preventDefault();
      if (action.enabled(state)) action.perform(editor);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [editor]);
}
