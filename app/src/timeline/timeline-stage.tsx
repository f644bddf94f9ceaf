import type { ReactNode } from "react";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { TimelineCanvas } from "./timeline-canvas.tsx";
import { timelineViewOf } from "./timeline-session.ts";
import "./timeline.css";

const selectShownCommit = (state: EditorStore) => state.shownCommit;

/**
 * Where the canvas is: the document's canvas (`children`), and over it, while the timeline shows
 * a commit, that commit's. The document's stays as it was underneath (its view, its selection),
 * hidden, and is shown again as it was when the timeline goes back to now.
 */
export function TimelineStage({ children }: { children: ReactNode }) {
  const store = useEditorApi();
  const shown = useEditor(selectShownCommit);
  const view = shown === null ? null : timelineViewOf(store);
  return (
    <div className="timeline-stage" data-viewing={view ? "commit" : undefined}>
      {/* first: the ids React Flow gives its markers are the same in both canvases */}
      {view ? <TimelineCanvas view={view} /> : null}
      {children}
    </div>
  );
}
