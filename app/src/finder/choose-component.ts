import type { StoreApi } from "zustand/vanilla";
import { selectCanvasMode, selectGroupedView } from "../canvas/view-pipeline.ts";
import type { EditorStore } from "../state/editor-store.ts";

/**
 * Selects a component and centres it; on a large graph its group is opened first, and
 * focus mode is left when the component is outside the focused lineage.
 */
export function chooseComponent(store: StoreApi<EditorStore>, id: string): void {
  const state = store.getState();
  if (selectCanvasMode(state) === "grouped") {
    const group = selectGroupedView(state).groups.find((g) => g.members.includes(id));
    if (group && !group.expanded) state.setExpandedGroups([...state.expandedGroups, group.id]);
  }
  if (state.focusDepth !== null) state.setFocusDepth(null);
  store.getState().select(id, { focus: true });
}
