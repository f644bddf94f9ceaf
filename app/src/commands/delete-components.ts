import { deleteComponent, type EditResult, parseComponentId } from "@karma/core";
import { type Command, refused } from "./command.ts";
import { componentFileIn, repositoryOfFile } from "./component-file.ts";

/** Deletes components of the shown environment (of any repository): their files and layout entries. */
export const deleteCommand: Command<{ ids: readonly string[] }> = {
  id: "delete",
  label: ({ ids }) => (ids.length === 1 ? `Delete ${ids[0]}` : `Delete ${ids.length} components`),
  run(state, { ids }) {
    const env = state.env;
    if (env === null) return refused("no environment is shown");
    let result: EditResult = { ok: true, files: state.files };
    for (const id of ids) {
      const parsed = parseComponentId(id);
      if (!parsed) return refused(`${id} is not a component id (<type>/<nickname>)`);
      const file = componentFileIn(state, env, id);
      const repo = file === null ? null : repositoryOfFile(file);
      result = deleteComponent(result.files, { env, ...parsed, repo });
      if (!result.ok) return result;
    }
    const selectionGone = state.selection !== null && ids.includes(state.selection);
    return { ...result, ...(selectionGone ? { select: null } : {}) };
  },
};
