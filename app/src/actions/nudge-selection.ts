import type { LayoutPositions } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { runCommand } from "../commands/run-command.ts";
import { moveCommand } from "../commands/save-positions.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectShownPositions } from "../store/selectors.ts";
import { selectedComponents } from "../store/slices/selection-slice.ts";

/** Moves the selected components by `dx`, `dy` (flow units), saved as one undo step. */
export function nudgeSelection(store: StoreApi<EditorStore>, dx: number, dy: number): void {
  const state = store.getState();
  if (state.env === null) return;
  const shown = selectShownPositions(state);
  const positions: LayoutPositions = {};
  for (const id of selectedComponents(state)) {
    const at = shown[id];
    if (at) positions[id] = { x: at.x + dx, y: at.y + dy };
  }
  const ids = Object.keys(positions);
  if (ids.length === 0) return;
  runCommand(store, moveCommand, { env: state.env, positions });
}
