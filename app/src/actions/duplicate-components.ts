import type { StoreApi } from "zustand/vanilla";
import { duplicateCommand } from "../commands/duplicate-components.ts";
import { runCommand } from "../commands/run-command.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectedComponents } from "../store/slices/selection-slice.ts";

/** Ctrl+D: duplicates the selected components (the duplicate command); the copies become the selection. */
export function duplicateSelection(store: StoreApi<EditorStore>): void {
  const ids = selectedComponents(store.getState());
  if (ids.length > 0) runCommand(store, duplicateCommand, { ids });
}
