import type { StoreApi } from "zustand/vanilla";
import { adoptCommand } from "../commands/adopt-component.ts";
import { runCommand } from "../commands/run-command.ts";
import type { EditorStore } from "../state/editor-store.ts";

/**
 * "Adopt": brings a deployed component the repository lacks into it (the adopt command).
 * Returns why it could not, shown beside the button, or null.
 */
export function adoptUnmanaged(store: StoreApi<EditorStore>, id: string): string | null {
  const outcome = runCommand(store, adoptCommand, { id }, { quiet: true });
  return outcome.ok ? null : outcome.error;
}
