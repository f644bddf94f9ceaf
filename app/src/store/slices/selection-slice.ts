import type { StoreApi } from "zustand/vanilla";
import type { EditorStore, SelectionSlice } from "../../state/editor-store.ts";

const none: string[] = [];

export function createSelectionSlice(set: StoreApi<EditorStore>["setState"]): SelectionSlice {
  return {
    alsoSelected: none,
    selectedEdges: none,
    selectNodes(primary, others) {
      const also = others.filter((id) => id !== primary);
      set({ selection: primary, alsoSelected: also.length === 0 ? none : also });
    },
    selectEdges(ids) {
      set({ selectedEdges: ids.length === 0 ? none : ids });
    },
    clearSelection() {
      set({ selection: null, alsoSelected: none, selectedEdges: none });
    },
  };
}

/** Every selected component, `selection` first. */
export function selectedComponents(state: EditorStore): string[] {
  return state.selection === null ? state.alsoSelected : [state.selection, ...state.alsoSelected];
}
