import type { StoreApi } from "zustand/vanilla";
import { focusComponent } from "../plan/focus-component.ts";
import type { EditorStore } from "../store/create-editor-store.ts";
import { selectWorkspace } from "../store/selectors.ts";
import { promoteComponent } from "./promote-component.ts";

/**
 * Promotes a component as one undoable edit, then shows it in the target environment with the
 * plan open: what the promotion would deploy.
 */
export function promote(store: StoreApi<EditorStore>, id: string, from: string, to: string): void {
  const state = store.getState();
  const result = promoteComponent(state.files, selectWorkspace(state), id, from, to);
  if (!result.ok) {
    state.notify({ tone: "error", title: `${id} was not promoted.`, lines: [result.error] });
    return;
  }
  if (result.files === state.files) {
    state.notify({ tone: "info", title: `${id} is already the same in ${from} and ${to}.` });
    return;
  }
  const label = `Promoted ${id} from ${from} to ${to}`;
  state.edit(label, result.files);
  state.notify({ tone: "success", title: `${label}.` });
  store.getState().setDialog("plan");
  focusComponent(store, to, id);
}
