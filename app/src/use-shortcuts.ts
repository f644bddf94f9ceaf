import { useEffect } from "react";
import { shortcutActions } from "./actions/editor-actions.ts";
import { useEditorServices } from "./store/editor-context.tsx";

const arrows = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]);

/** Keyboard shortcuts of the editor actions, except while typing in a field. */
export function useShortcuts(): void {
  const editor = useEditorServices();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true], dialog")) return;
      // a focused, selected canvas node moves the selection itself (saved like a drag)
      if (arrows.has(event.key) && target?.closest(".react-flow__node.selected")) return;
      const state = editor.store.getState();
      // the timeline shows a commit read-only, with keys of its own (timeline/)
      if (state.shownCommit !== null) return;
      const action = shortcutActions.find((candidate) => candidate.matches?.(event));
      if (!action) return;
      event.preventDefault();
      if (action.enabled(state)) action.perform(editor, event);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [editor]);
}
