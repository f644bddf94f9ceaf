import { addComponent } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../store/create-editor-store.ts";

/** Why a deployed component cannot be adopted, or null when it can. */
export function adoptionProblem(state: EditorStore, id: string): string | null {
  const deployed = state.snapshot?.components[id];
  if (!deployed) return `${id} is not in the imported snapshot`;
  if (deployed.config === undefined) {
    return deployed.configText === undefined
      ? `${id} has no deployed config to adopt, only runtime outputs`
      : `the deployed config of ${id} is not a JSON object`;
  }
  if (state.env === null) return "no environment is shown";
  return null;
}

/**
 * Creates a deployed component that the repository lacks from its deployed config, in the
 * shown environment, as one undoable edit. Returns why not when it cannot.
 */
export function adoptUnmanaged(store: StoreApi<EditorStore>, id: string): string | null {
  const state = store.getState();
  const problem = adoptionProblem(state, id);
  const deployed = state.snapshot?.components[id];
  if (problem !== null || !deployed?.config || state.env === null) return problem;
  const result = addComponent(state.files, {
    env: state.env,
    type: deployed.type,
    nickname: deployed.nickname,
    config: deployed.config,
  });
  if (!result.ok) return result.error;
  state.edit(`Adopted ${id} from runtime`, result.files);
  state.select(id);
  return null;
}
