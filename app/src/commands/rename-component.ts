import {
  componentId,
  nicknameError,
  parseComponentId,
  referencesToRename,
  renameComponent,
} from "@karma/core";
import { componentOf } from "../model/component-of.ts";
import { selectGraph, selectRepositories } from "../store/selectors.ts";
import { type Command, refused } from "./command.ts";
import { componentFileIn, repositoryOfFile } from "./component-file.ts";

export interface RenameArgs {
  id: string;
  nickname: string;
}

/**
 * Renames a component of the shown environment: moves its file (within its own repository),
 * rewrites every reference to it in any repository and its layout entry (core
 * `renameComponent`); the selection and its automatic position follow.
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
    const newId = componentId(type, newNickname);
    const loaded = selectRepositories(state);
    const taken = componentOf(loaded.workspace, env, newId);
    // a name another repository has would make one component defined twice
    if (taken?.repo !== undefined)
      return refused(`${newId} already exists in ${env} (${taken.file})`);
    const file = componentFileIn(state, env, id);
    const result = renameComponent(
      state.files,
      { env, type, nickname, newNickname, repo: file === null ? null : repositoryOfFile(file) },
      referencesToRename(selectGraph(state), id, loaded.repositories[0]!.name),
    );
    if (!result.ok) return result;
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
