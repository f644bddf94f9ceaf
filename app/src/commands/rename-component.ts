import {
  componentId,
  nicknameError,
  parseComponentId,
  referencesToRename,
  renameComponent,
} from "@karma/core";
import { selectGraph } from "../store/selectors.ts";
import { type Command, refused } from "./command.ts";

export interface RenameArgs {
  id: string;
  nickname: string;
}

/**
 * Renames a component of the shown environment: moves its file, rewrites every reference to it
 * and its layout entry (core `renameComponent`); the selection and its automatic position follow.
 */
export const renameCommand: Command<RenameArgs> = {
  id: "rename",
  label: ({ id, nickname }) =>
    `Rename ${id} to ${componentId(parseComponentId(id)?.type ?? "", nickname)}`,
  run(state, { id, nickname: newNickname }) {
    const env = state.env;
    if (env === null) return refused("no environment is shown");
    const error = nicknameError(newNickname);
    if (error) return refused(error);
    const parsed = parseComponentId(id);
    if (!parsed) return refused(`${id} is not a component id (<type>/<nickname>)`);
    const { type, nickname } = parsed;
    if (newNickname === nickname) return { ok: true, files: state.files };
    const graph = selectGraph(state);
    const result = renameComponent(
      state.files,
      { env, type, nickname, newNickname },
      referencesToRename(graph, id),
    );
    if (!result.ok) return result;
    const newId = componentId(type, newNickname);
    // a node without a saved position keeps its automatic one rather than being placed anew
    const placed = state.placed[env]?.[id];
    return {
      ok: true,
      files: result.files,
      ...(state.selection === id ? { select: newId } : {}),
      ...(placed ? { place: { env, positions: { [newId]: placed } } } : {}),
    };
  },
};
