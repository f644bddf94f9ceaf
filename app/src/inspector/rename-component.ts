import type { StoreApi } from "zustand/vanilla";
import { renameCommand } from "../commands/rename-component.ts";
import { runCommand } from "../commands/run-command.ts";
import type { EditorStore } from "../state/editor-store.ts";

/**
 * Renames a component of the shown environment (the rename command), keeping it selected under
 * its new id. Returns why it cannot be renamed, for the nickname field to show, or null.
 */
export function renameShown(
  store: StoreApi<EditorStore>,
  id: string,
  newNickname: string,
): string | null {
  const outcome = runCommand(store, renameCommand, { id, nickname: newNickname }, { quiet: true });
  return outcome.ok ? null : outcome.error;
}
