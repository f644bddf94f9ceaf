import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useCallback } from "react";
import { nodeSize } from "../model/node-size.ts";
import { useEditorApi } from "../store/editor-context.tsx";
import { addFromPalette } from "./add-component.ts";

/**
 * Adds a component of a type at the centre of the canvas's view (the palette's Enter key).
 * Needs the React Flow provider around both the palette and the canvas.
 */
export function useAddAtCentre(): (type: string) => void {
  const store = useEditorApi();
  const flow = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (type) => {
      const box = flow.getState().domNode?.getBoundingClientRect();
      const centre = box
        ? screenToFlowPosition({ x: box.x + box.width / 2, y: box.y + box.height / 2 })
        : { x: 0, y: 0 };
      // a little apart from a component added there before
      const offset = (store.getState().past.length % 5) * 16;
      addFromPalette(store, type, {
        x: Math.round(centre.x - nodeSize.width / 2 + offset),
        y: Math.round(centre.y - nodeSize.height / 2 + offset),
      });
    },
    [store, flow, screenToFlowPosition],
  );
}
