import type { StoreApi } from "zustand/vanilla";
import { requestDelete } from "../inspector/delete-components.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectedComponents } from "../store/slices/selection-slice.ts";
import { edgesOf, removeConnections } from "../wiring/wire.ts";

/**
 * Delete/Backspace: selected edges have their references cleared at once (one undo step);
 * selected components go through the inspector's confirmation, which lists what references
 * them and deletes them all as one step.
 */
export function deleteSelection(store: StoreApi<EditorStore>): void {
  const state = store.getState();
  const edges = edgesOf(state, state.selectedEdges);
  if (edges.length > 0) removeConnections(store, edges);
  const components = selectedComponents(store.getState());
  if (components.length > 0) requestDelete(store, components);
}
