import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useEditor } from "../store/editor-context.tsx";
import type { FlowNode } from "./flow-types.ts";
import { useFrame } from "./use-frame.ts";

// A graph that does not fit readably opens on its top-left corner (the minimap shows the rest),
// which also keeps the number of nodes rendered at first small.
const readableZoom = 0.6;

/** Fits the view once every node of a newly shown environment has its place. */
export function FitOnRequest({ placed, total }: { placed: number; total: number }) {
  const fitRequest = useEditor((state) => state.fitRequest);
  const handled = useRef(0);
  const { getNodes, getNodesBounds, setViewport } = useReactFlow<FlowNode>();
  const frame = useFrame();
  const flow = useStoreApi();
  useEffect(() => {
    if (handled.current === fitRequest || placed < total) return;
    handled.current = fitRequest;
    // an empty environment has nothing to fit; the first component dropped in stays put
    if (total === 0) return;
    const bounds = getNodesBounds(getNodes());
    const free = frame.padding();
    const width = flow.getState().width - free.left - free.right;
    const height = flow.getState().height - free.top - free.bottom;
    const fitZoom = Math.min(width / bounds.width, height / bounds.height);
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
  }, [fitRequest, placed, total, getNodes, getNodesBounds, setViewport, frame, flow]);
  return null;
}
