import type { LayoutPosition } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { addComponentCommand } from "../commands/add-component.ts";
import { runCommand } from "../commands/run-command.ts";
import type { EditorStore } from "../state/editor-store.ts";

/**
 * Adds a component of `type` to the shown environment with its top-left corner at `position`
 * (flow coordinates), and puts the cursor in its nickname. Returns its id, or null when it
 * could not be added (the command reports why).
 */
export function addFromPalette(
  store: StoreApi<EditorStore>,
  type: string,
  position: LayoutPosition,
): string | null {
  const outcome = runCommand(store, addComponentCommand, { type, position });
  if (!outcome.ok) return null;
  const id = store.getState().selection;
  store.getState().focusNickname(id);
  return id;
}
