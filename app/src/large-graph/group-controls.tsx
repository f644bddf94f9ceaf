import { useReactFlow } from "@xyflow/react";
import { selectCanvasMode, selectGroupedView } from "../canvas/view-pipeline.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectHiddenGroupEdges } from "./group-selectors.ts";

// the groups' top-left corner, at a zoom where cards are readable
const openedViewport = { x: 24, y: 24, zoom: 0.6 };

/** On a large graph: open or close every group at once. */
export function GroupControls() {
  const store = useEditorApi();
  const { setViewport } = useReactFlow();
  const grouped = useEditor((state) => selectCanvasMode(state) === "grouped");
  const anyOpen = useEditor((state) => state.expandedGroups.length > 0);
  const hidden = useEditor(selectHiddenGroupEdges);
  if (!grouped) return null;
  return (
    <>
      {hidden > 0 ? (
        <span className="status-text" data-testid="hidden-group-links">
          {`${hidden.toLocaleString("en")} links between groups not drawn: select a component to see its group's`}
        </span>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() => {
          const state = store.getState();
          if (anyOpen) {
            state.setExpandedGroups([]);
            state.requestFit();
            return;
          }
          // moved there first: opened at the zoomed-out view of the groups, thousands of cards
          // would be drawn and measured only to be dropped by the next move
          void setViewport(openedViewport);
          state.setExpandedGroups(selectGroupedView(state).groups.map((group) => group.id));
        }}
      >
        {anyOpen ? "Collapse all" : "Expand all"}
      </button>
    </>
  );
}
