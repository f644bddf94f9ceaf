import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditorServices } from "../store/editor-context.tsx";
import { selectCanvasGraph } from "../store/selectors.ts";
import type { CanvasFlow } from "./canvas-flow.ts";
import type { FlowNode } from "./flow-types.ts";
import { nodesBounds } from "./node-rects.ts";
import { useFrame } from "./use-frame.ts";
import { viewNodeCount } from "./view-pipeline.ts";

// A graph that does not fit readably opens on its top-left corner (the minimap shows the rest),
// which also keeps the number of nodes rendered at first small.
const readableZoom = 0.6;

/**
 * Fits the view once every node of a newly shown environment has its place. The fit is made as
 * the state that asks for it is published, before React draws that state: the new graph is drawn
 * once, where the view ends, and the view is measured while the page is still laid out. Drawn
 * first at the old view and then fitted, a large graph put on the page the cards of both views
 * and laid the page out in between. Asked before the canvas has drawn, the fit waits a frame.
 */
export function FitOnRequest({ flow }: { flow: CanvasFlow }) {
  const drawn = useEditorServices().published;
  const handled = useRef(0);
  const { setViewport } = useReactFlow<FlowNode>();
  const frame = useFrame();
  const flowStore = useStoreApi();
  useEffect(() => {
    const fitFor = (state: EditorStore) => {
      if (handled.current === state.fitRequest) return;
      const nodes = flow.nodes(state);
      const total = viewNodeCount(state, selectCanvasGraph(state));
      if (nodes.length < total) return;
      handled.current = state.fitRequest;
      // an empty environment has nothing to fit; the first component dropped in stays put
      const bounds = total === 0 ? null : nodesBounds(nodes);
      if (!bounds) return;
      const free = frame.padding();
      const { width, height } = flowStore.getState();
      const room = {
        width: width - free.left - free.right,
        height: height - free.top - free.bottom,
      };
      const fitZoom = Math.min(room.width / bounds.width, room.height / bounds.height);
      if (fitZoom >= readableZoom || total < 40) {
        void frame.fitAll(nodes);
        return;
      }
      // below the view toolbar, right of the canvas's left edge
      void setViewport({
        x: free.left - bounds.x * readableZoom,
        y: free.top - bounds.y * readableZoom,
        zoom: readableZoom,
      });
    };
    // what was asked before the canvas drew: in a frame, once React Flow knows its size
    let first = 0;
    const whenSized = () => {
      if (flowStore.getState().width > 0) fitFor(drawn.getState());
      else first = requestAnimationFrame(whenSized);
    };
    first = requestAnimationFrame(whenSized);
    const unsubscribe = drawn.subscribe((state) => {
      if (flowStore.getState().width > 0) fitFor(state);
    });
    return () => {
      cancelAnimationFrame(first);
      unsubscribe();
    };
  }, [drawn, flow, setViewport, frame, flowStore]);
  return null;
}
