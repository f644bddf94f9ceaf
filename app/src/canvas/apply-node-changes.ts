import type { LayoutPositions } from "@karma/core";
import type { NodeChange } from "@xyflow/react";
import type { StoreApi } from "zustand/vanilla";
import { applySelectionChanges } from "../actions/apply-selection-changes.ts";
import { runCommand } from "../commands/run-command.ts";
import { moveCommand } from "../commands/save-positions.ts";
import { nodeSize } from "../model/node-size.ts";
import type { Size } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import type { FlowNode } from "./flow-types.ts";

/**
 * React Flow reports what the user did as changes; they become editor actions. A drag shows
 * live and is saved to the layout file when it ends, as one undo step.
 */
export function applyNodeChanges(
  store: StoreApi<EditorStore>,
  changes: NodeChange<FlowNode>[],
): void {
  const state = store.getState();
  const dragging: LayoutPositions = {};
  const moved: LayoutPositions = {};
  const sizes: Record<string, Size> = {};
  const selections: { id: string; selected: boolean }[] = [];
  let hasDrag = false;
  let hasMove = false;
  let hasSize = false;

  for (const change of changes) {
    if (change.type === "position" && change.position) {
      const target = change.dragging ? dragging : moved;
      target[change.id] = { x: change.position.x, y: change.position.y };
      if (change.dragging) hasDrag = true;
      else hasMove = true;
    } else if (change.type === "dimensions" && change.dimensions) {
      // a card as large as every card is assumed to be changes nothing: recording it would
      // rebuild the node and hand it to React Flow again, for each card as it is first drawn
      const known = state.sizes[change.id] ?? nodeSize;
      const { width, height } = change.dimensions;
      if (known.width !== width || known.height !== height) {
        sizes[change.id] = { width, height };
        hasSize = true;
      }
    } else if (change.type === "select") {
      selections.push(change);
    }
  }

  if (hasSize) state.setSizes(sizes);
  if (hasDrag) state.dragTo(dragging);
  if (hasMove && state.env !== null) {
    const positions = { ...state.dragging, ...moved };
    runCommand(store, moveCommand, { env: state.env, positions });
    store.getState().endDrag();
  }
  if (selections.length > 0) applySelectionChanges(store, selections);
}
