import { useId } from "react";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { closeTimeline } from "./show-commit.ts";
import { timelineUnavailable } from "./timeline-unavailable.ts";
import "./timeline.css";

/** The id of the timeline's strip, which the toggle controls. */
export const timelineStripId = "timeline-strip";
/** The toggle's id: focus goes back to it when the strip closes. */
export const timelineToggleId = "timeline-toggle";

const selectOpen = (state: EditorStore) => state.timelineOpen;

/**
 * Opens and closes the Timeline strip. Without `karma serve` there is no history to step
 * through: the button says why, as its description, and does nothing.
 */
export function TimelineButton() {
  const store = useEditorApi();
  const open = useEditor(selectOpen);
  const unavailable = useEditor(timelineUnavailable);
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        id={timelineToggleId}
        className="button timeline-toggle"
        aria-expanded={unavailable === null ? open : undefined}
        aria-controls={unavailable === null && open ? timelineStripId : undefined}
        aria-disabled={unavailable === null ? undefined : true}
        aria-describedby={unavailable === null ? undefined : reasonId}
        title={unavailable ?? "Step through the last commits of this environment, read-only"}
        onClick={() => {
          if (unavailable !== null) return;
          if (open) closeTimeline(store);
          else store.getState().setTimelineOpen(true);
        }}
      >
        Timeline
      </button>
      {unavailable === null ? null : (
        <span id={reasonId} hidden>
          {unavailable}
        </span>
      )}
    </>
  );
}
