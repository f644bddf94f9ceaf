import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";
import { selectedComponents } from "../store/slices/selection-slice.ts";

/**
 * Applies React Flow's node selection changes (click, Ctrl/Cmd+click, Shift+box) to the
 * store: the last component selected is the one the panels show, the rest are also selected.
 */
export function applySelectionChanges(
  store: StoreApi<EditorStore>,
  changes: readonly { id: string; selected: boolean }[],
): void {
  const state = store.getState();
  const all = new Set(selectedComponents(state));
  let primary = state.selection;
  for (const change of changes) {
    if (change.selected) {
      all.add(change.id);
      primary = change.id;
    } else {
      all.delete(change.id);
    }
  }
  if (primary !== null && !all.has(primary)) primary = all.values().next().value ?? null;
  const others = [...all].filter((id) => id !== primary);
  const same =
    primary === state.selection &&
    others.length === state.alsoSelected.length &&
    others.every((id, i) => id === state.alsoSelected[i]);
  if (!same) state.selectNodes(primary, others);
}
