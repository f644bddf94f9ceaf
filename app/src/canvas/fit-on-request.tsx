import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useEditor } from "../store/editor-context.tsx";
import type { FlowNode } from "./flow-types.ts";

export const fitOptions = { padding: 0.12, maxZoom: 1.25, minZoom: 0.1 };
// A graph that does not fit readably opens on its top-left corner (the minimap shows the rest),
// which also keeps the number of nodes rendered at first small.
const readableZoom = 0.6;
const cornerMargin = 24;

/** Fits the view once every node of a newly shown environment has its place. */
export function FitOnRequest({ placed, total }: { placed: number; total: number }) {
  const fitRequest = useEditor((state) => state.fitRequest);
  const handled = useRef(0);
  const { fitView, getNodes, getNodesBounds, setViewport } = useReactFlow<FlowNode>();
  const domNode = useStoreApi().getState().domNode;
  useEffect(() => {
    if (handled.current === fitRequest || placed < total) return;
    handled.current = fitRequest;
    // an empty environment has nothing to fit; the first component dropped in stays put
    if (total === 0) return;
    const bounds = getNodesBounds(getNodes());
    const width = domNode?.clientWidth ?? window.innerWidth;
    const height = domNode?.clientHeight ?? window.innerHeight;
    const fitZoom =
      Math.min(width / bounds.width, height / bounds.height) / (1 + 2 * fitOptions.padding);
    if (fitZoom >= readableZoom || total < 40) {
      void fitView(fitOptions);
      return;
    }
    void setViewport({
      x: cornerMargin - bounds.x * readableZoom,
      y: cornerMargin - bounds.y * readableZoom,
      zoom: readableZoom,
    });
  }, [fitRequest, placed, total, fitView, getNodes, getNodesBounds, setViewport, domNode]);
  return null;
}
