import { useId } from "react";
import { selectFocusTarget } from "../canvas/view-pipeline.ts";
import { useEditor, useEditorApi, useEditorServices } from "../store/editor-context.tsx";
import { focusDepths } from "../store/slices/navigation-slice.ts";
import { focusAction } from "./navigation-actions.ts";

/** Focus mode's toggle and its depth limit. */
export function FocusControls() {
  const editor = useEditorServices();
  const store = useEditorApi();
  const enabled = useEditor(focusAction.enabled);
  const focused = useEditor((state) => selectFocusTarget(state) !== null);
  const depth = useEditor((state) => state.focusDepth);
  const depthId = useId();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-pressed={focused}
        disabled={!enabled && !focused}
        title={`${focused ? "Leave focus: show the whole graph" : "Show only the selected component's lineage"} (${focusAction.kbd})`}
        aria-keyshortcuts={focusAction.kbd}
        onClick={() => focusAction.perform(editor)}
      >
        {focused ? "Leave focus" : "Focus"}
      </button>
      {focused ? (
        <label className="view-field" htmlFor={depthId}>
          Depth
          <select
            id={depthId}
            value={depth ?? 2}
            onChange={(event) => store.getState().setFocusDepth(Number(event.target.value))}
          >
            {focusDepths.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </>
  );
}
