import { useReactFlow } from "@xyflow/react";
import { type DragEvent, useCallback, useMemo } from "react";
import type { StoreApi } from "zustand/vanilla";
import { nodeSize } from "../model/node-size.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditorApi } from "../store/editor-context.tsx";
import { addFromPalette } from "./add-component.ts";
import { paletteMime } from "./palette-drag.ts";

/**
 * Drop handlers for the canvas: a palette entry dropped on it becomes a component centred on
 * the drop point.
 *
 * @example
 * const drop = usePaletteDrop();
 * <ReactFlow onDragOver={drop.onDragOver} onDrop={drop.onDrop} />
 */
export function usePaletteDrop() {
  const store = useEditorApi();
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback(
    (event: DragEvent) => {
      // a commit the timeline shows takes no drop
      if (!event.dataTransfer.types.includes(paletteMime) || readOnly(store)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    },
    [store],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(paletteMime);
      if (!type || readOnly(store)) return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addFromPalette(store, type, {
        x: Math.round(at.x - nodeSize.width / 2),
        y: Math.round(at.y - nodeSize.height / 2),
      });
    },
    [store, screenToFlowPosition],
  );
  return useMemo(() => ({ onDragOver, onDrop }), [onDragOver, onDrop]);
}

const readOnly = (store: StoreApi<EditorStore>) => store.getState().shownCommit !== null;
