import type { StoreApi } from "zustand/vanilla";
import { promoteCommand } from "../commands/promote-component.ts";
import { runCommand } from "../commands/run-command.ts";
import { focusComponent } from "../plan/focus-component.ts";
import type { EditorStore } from "../state/editor-store.ts";

/**
 * Promotes a component (the promote command), then shows it in the target environment with the
 * plan open: what the promotion would deploy.
 */
export function promote(store: StoreApi<EditorStore>, id: string, from: string, to: string): void {
  const outcome = runCommand(store, promoteCommand, { id, from, to });
  if (!outcome.ok) return;
  const state = store.getState();
  if (!outcome.changed) {
    state.notify({ tone: "info", title: `${id} is already the same in ${from} and ${to}.` });
    return;
  }
  state.notify({ tone: "success", title: `Promoted ${id} from ${from} to ${to}.` });
  state.setDialog("plan");
  focusComponent(store, to, id);
}
