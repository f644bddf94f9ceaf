import type { StoreApi } from "zustand/vanilla";
import type { EditorStore, SelectionSlice } from "../../state/editor-store.ts";
import { hasUnapplied } from "./unapplied-slice.ts";

const none: string[] = [];

export function createSelectionSlice(
  set: StoreApi<EditorStore>["setState"],
  get: StoreApi<EditorStore>["getState"],
): SelectionSlice {
  return {
    alsoSelected: none,
    selectedEdges: none,
    selectNodes(primary, others) {
      const current = get();
      // values typed and not applied are never left behind without asking
      if (primary !== current.selection && hasUnapplied(current)) {
        set({ leaveRequest: { id: primary } });
        return;
      }
      const also = others.filter((id) => id !== primary);
      set({ selection: primary, alsoSelected: also.length === 0 ? none : also });
    },
    selectEdges(ids) {
      set({ selectedEdges: ids.length === 0 ? none : ids });
    },
    clearSelection() {
      if (hasUnapplied(get())) {
        set({ leaveRequest: { id: null } });
        return;
      }
      set({ selection: null, alsoSelected: none, selectedEdges: none });
    },
  };
}

/** Every selected component, `selection` first. */
export function selectedComponents(state: EditorStore): string[] {
  return state.selection === null ? state.alsoSelected : [state.selection, ...state.alsoSelected];
}
