import { addComponent } from "@karma/core";
import type { EditorStore } from "../state/editor-store.ts";
import { type Command, refused } from "./command.ts";

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
 * Creates a deployed component that the repository lacks from its deployed config (in the
 * imported snapshot), in the shown environment, and selects it.
 */
export const adoptCommand: Command<{ id: string }> = {
  id: "adopt",
  label: ({ id }) => `Adopt ${id} from runtime`,
  run(state, { id }) {
    const problem = adoptionProblem(state, id);
    const deployed = state.snapshot?.components[id];
    if (problem !== null || !deployed?.config || state.env === null) return refused(problem ?? "");
    const result = addComponent(state.files, {
      env: state.env,
      type: deployed.type,
      nickname: deployed.nickname,
      config: deployed.config,
    });
    return result.ok ? { ...result, select: id } : result;
  },
};
