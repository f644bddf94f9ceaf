import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../store/create-editor-store.ts";

/**
 * What is selected besides the one component `selection` names (the one the panels show):
 * components added with Shift, a box or "Select all", and selected edges. Delete, nudge and
 * duplicate act on these; the panels keep showing `selection`.
 */
export interface SelectionSlice {
  /** Selected components other than `selection`. */
  alsoSelected: string[];
  /** Selected edges, by React Flow edge id (`<dependent>-><dependency>:<key>`). */
  selectedEdges: string[];
  /** Sets the whole component selection: `primary` is the one the panels show. */
  selectNodes(primary: string | null, others: string[]): void;
  selectEdges(ids: string[]): void;
  clearSelection(): void;
}

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
