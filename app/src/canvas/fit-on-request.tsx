import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useEditor } from "../store/editor-context.tsx";
import type { FlowNode } from "./flow-types.ts";
import { nodesBounds } from "./node-rects.ts";
import { useFrame } from "./use-frame.ts";

// A graph that does not fit readably opens on its top-left corner (the minimap shows the rest),
// which also keeps the number of nodes rendered at first small.
const readableZoom = 0.6;

/**
 * Fits the view once every node of a newly shown environment has its place. `nodes` are all of
 * them, whether or not React Flow holds them (use-culled-flow.ts).
 */
export function FitOnRequest({ nodes, total }: { nodes: FlowNode[]; total: number }) {
  const fitRequest = useEditor((state) => state.fitRequest);
  const handled = useRef(0);
  const { setViewport } = useReactFlow<FlowNode>();
  const frame = useFrame();
  const flow = useStoreApi();
  const placed = nodes.length;
  useEffect(() => {
    if (handled.current === fitRequest || placed < total) return;
    // in the next frame, before it is painted: the fit measures the panels over the canvas, and
    // measuring in this task, which has just put a new graph on the page, would lay the page out
    // here and once more for the frame
    const next = requestAnimationFrame(() => {
      handled.current = fitRequest;
      // an empty environment has nothing to fit; the first component dropped in stays put
      const bounds = total === 0 ? null : nodesBounds(nodes);
      if (!bounds) return;
      const free = frame.padding();
      const { width, height } = flow.getState();
      const room = {
        width: width - free.left - free.right,
        height: height - free.top - free.bottom,
      };
      const fitZoom = Math.min(room.width / bounds.width, room.height / bounds.height);
      if (fitZoom >= readableZoom || total < 40) {
        void frame.fitAll();
        return;
      }
      // below the view toolbar, right of the canvas's left edge
      void setViewport({
        x: free.left - bounds.x * readableZoom,
        y: free.top - bounds.y * readableZoom,
        zoom: readableZoom,
      });
    });
    return () => cancelAnimationFrame(next);
  }, [fitRequest, placed, total, nodes, setViewport, frame, flow]);
  return null;
}
