import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";

/** Centres the selected component when asked (from the issues panel), once it is placed. */
export function FocusOnSelection({ placed, total }: { placed: number; total: number }) {
  const focusRequest = useEditor((state) => state.focusRequest);
  const store = useEditorApi();
  const handled = useRef(focusRequest);
  const { getInternalNode, setCenter, getZoom } = useReactFlow();
  useEffect(() => {
    if (handled.current === focusRequest || placed < total) return;
    handled.current = focusRequest;
    // next frame: after a fit of a newly shown environment has been applied
    const frame = requestAnimationFrame(() => {
      const id = store.getState().selection;
      const node = id === null ? undefined : getInternalNode(id);
      if (!node) return;
      const width = node.measured.width ?? node.initialWidth ?? 0;
      const height = node.measured.height ?? node.initialHeight ?? 0;
      const { x, y } = node.internals.positionAbsolute;
      void setCenter(x + width / 2, y + height / 2, {
        zoom: Math.max(getZoom(), 1),
        duration: 300,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, placed, total, store, getInternalNode, setCenter, getZoom]);
  return null;
}
