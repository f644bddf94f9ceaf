import type { StoreApi } from "zustand/vanilla";
import { requestDelete } from "../inspector/delete-components.ts";
import type { EditorStore } from "../store/create-editor-store.ts";
import { edgesOf, removeConnections } from "../wiring/wire.ts";
import { selectedComponents } from "./selection-slice.ts";

/**
 * Delete/Backspace: selected edges have their references cleared at once (one undo step);
 * selected components go through the inspector's confirmation, which lists what references
 * them and deletes them all as one step.
 */
export function deleteSelection(store: StoreApi<EditorStore>): void {
  const state = store.getState();
  const edges = edgesOf(state, state.selectedEdges);
  if (edges.length > 0) {
    const refused = removeConnections(store, edges);
    if (refused) state.notify({ tone: "error", title: "Not disconnected.", lines: [refused] });
  }
  const components = selectedComponents(store.getState());
  if (components.length > 0) requestDelete(store, components);
}
