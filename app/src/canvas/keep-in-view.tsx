import { useStore } from "@xyflow/react";
import { useEffect } from "react";
import { useEditorApi } from "../store/editor-context.tsx";
import { useFrame } from "./use-frame.ts";

/**
 * When the canvas changes size (the inspector or the plan panel opens beside it, the window is
 * resized), the selected component and its direct neighbours stay in view: React Flow keeps the
 * top-left corner still, so what was at the right or the bottom would end up out of sight.
 */
export function KeepInView() {
  // set by React Flow once its container is mounted
  const canvas = useStore((state) => state.domNode);
  const store = useEditorApi();
  const frame = useFrame();
  useEffect(() => {
    if (!canvas) return;
    let last = { width: canvas.clientWidth, height: canvas.clientHeight };
    let next = 0;
    const observer = new ResizeObserver(() => {
      const size = { width: canvas.clientWidth, height: canvas.clientHeight };
      if (size.width === last.width && size.height === last.height) return;
      const grew = size.width >= last.width && size.height >= last.height;
      last = size;
      // more room never hides anything; and once React Flow has taken the new size
      if (grew) return;
      cancelAnimationFrame(next);
      next = requestAnimationFrame(() => {
        const id = store.getState().selection;
        if (id !== null) void frame.show(id);
      });
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(next);
    };
  }, [canvas, store, frame]);
  return null;
}
