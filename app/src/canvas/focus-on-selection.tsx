import { useEffect, useRef } from "react";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { useFrame } from "./use-frame.ts";
import { fitMaxZoom } from "./zoom-levels.ts";

/**
 * Frames the selected component with its direct neighbours when asked (Find, the issues panel),
 * once it is placed: what it depends on and what depends on it are in view with it.
 */
export function FocusOnSelection({ placed, total }: { placed: number; total: number }) {
  const focusRequest = useEditor((state) => state.focusRequest);
  const store = useEditorApi();
  const handled = useRef(focusRequest);
  const frame = useFrame();
  useEffect(() => {
    if (handled.current === focusRequest || placed < total) return;
    handled.current = focusRequest;
    // next frame: after a fit of a newly shown environment has been applied
    const next = requestAnimationFrame(() => {
      const id = store.getState().selection;
      if (id !== null) void frame.show(id, { fit: true, maxZoom: fitMaxZoom });
    });
    return () => cancelAnimationFrame(next);
  }, [focusRequest, placed, total, store, frame]);
  return null;
}
