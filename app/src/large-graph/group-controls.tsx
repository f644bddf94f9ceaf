import { selectCanvasMode, selectGroupedView } from "../large-graph/canvas-view.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";

/** On a large graph: open or close every type group at once. */
export function GroupControls() {
  const store = useEditorApi();
  const grouped = useEditor((state) => selectCanvasMode(state) === "grouped");
  const anyOpen = useEditor((state) => state.expandedGroups.length > 0);
  if (!grouped) return null;
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        const state = store.getState();
        state.setExpandedGroups(
          anyOpen ? [] : selectGroupedView(state).groups.map((group) => group.type),
        );
        state.requestFit();
      }}
    >
      {anyOpen ? "Collapse all" : "Expand all"}
    </button>
  );
}
