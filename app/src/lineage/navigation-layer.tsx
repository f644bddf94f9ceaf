import { useEffect } from "react";
import { selectFocusTarget } from "../canvas/view-pipeline.ts";
import { Finder } from "../finder/finder.tsx";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditorApi } from "../store/editor-context.tsx";
import { syncUrl } from "../url-state/sync-url.ts";

/** Navigation outside the canvas: the finder, the view in the URL, focus and trace upkeep. */
export function NavigationLayer() {
  const store = useEditorApi();
  useEffect(() => syncUrl(store, window.location, window.history), [store]);
  useEffect(
    () =>
      // focus and trace belong to a selection: clearing it (Escape, the pane) leaves them
      store.subscribe((state, previous) => {
        if (state.selection === null && previous.selection !== null) {
          if (state.focusDepth !== null) state.setFocusDepth(null);
          if (state.trace !== null) state.setTrace(null);
        }
      }),
    [store],
  );
  useEffect(() => {
    // entering, changing and leaving focus each show a different graph: fit it in the view
    let shown = focusKey(store.getState());
    return store.subscribe((state) => {
      const key = focusKey(state);
      if (key === shown) return;
      shown = key;
      state.requestFit();
    });
  }, [store]);
  return <Finder />;
}

function focusKey(state: EditorStore): string {
  const target = selectFocusTarget(state);
  return target === null ? "" : `${target} ${state.focusDepth}`;
}
