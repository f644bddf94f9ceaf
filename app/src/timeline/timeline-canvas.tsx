import { ReactFlowProvider, useReactFlow, useStore, type Viewport } from "@xyflow/react";
import { useEffect, useRef, useState } from "react";
import { Canvas } from "../canvas/canvas.tsx";
import { Finder } from "../finder/finder.tsx";
import { type Editor, EditorProvider, useEditorApi } from "../store/editor-context.tsx";
import { TimelineHighlight } from "./timeline-highlight.tsx";
import { selectCanvasNodeIds } from "./timeline-selectors.ts";

/**
 * The canvas of the shown commit, over the document's: the same canvas, drawn from the
 * timeline's own editor (`view`), so it reads what it shows from there and edits nothing. It opens
 * where the document's canvas was looking.
 */
export function TimelineCanvas({ view }: { view: Editor }) {
  const main = useEditorApi();
  const flow = useReactFlow();
  const [start] = useState(() => ({
    viewport: flow.getViewport(),
    ids: selectCanvasNodeIds(main.getState()),
  }));
  return (
    <EditorProvider editor={view}>
      <ReactFlowProvider>
        <div className="timeline-view" data-testid="timeline-canvas">
          <Canvas />
          <TimelineHighlight before={start.ids} />
          <StartAt viewport={start.viewport} />
          <Finder />
        </div>
      </ReactFlowProvider>
    </EditorProvider>
  );
}

/** Sets the view once React Flow is ready for it. */
function StartAt({ viewport }: { viewport: Viewport }) {
  const ready = useStore((state) => state.panZoom !== null);
  const { setViewport } = useReactFlow();
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    void setViewport(viewport);
  }, [ready, viewport, setViewport]);
  return null;
}
