import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";

/**
 * A filter changed, whoever changed it (the Filter menu, the drift summary, a link): the canvas
 * shows other components, so the view is fitted to them. Returns the unsubscribe.
 */
export function fitOnFilterChange(store: StoreApi<EditorStore>): () => void {
  return store.subscribe((state, previous) => {
    if (
      state.hiddenTypes !== previous.hiddenTypes ||
      state.issueFilter !== previous.issueFilter ||
      state.driftFilter !== previous.driftFilter
    ) {
      state.requestFit();
    }
  });
}
