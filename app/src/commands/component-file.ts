import { componentFile, parseComponentId, repositoryPrefix, splitWorkspacePath } from "@karma/core";
import { componentOf } from "../model/component-of.ts";
import type { EditorState } from "../state/editor-state.ts";
import { selectRepositories, selectWorkspace } from "../store/selectors.ts";

/**
 * Where component `id` of `env` is in the document's file map: the opened repository's path
 * when it holds it (found from the id alone, no lookup through 10,000 components), else its
 * path under another repository of the workspace (the first that has it, also found from the
 * id: a map of every component per edit was a third of an edit's task in 50 repositories);
 * null when no repository has it.
 */
export function componentFileIn(state: EditorState, env: string, id: string): string | null {
  const parsed = parseComponentId(id);
  if (!parsed) return null;
  const file = componentFile(env, parsed.type, parsed.nickname);
  if (Object.hasOwn(state.files, file)) return file;
  const { repositories } = selectRepositories(state);
  for (let index = 1; index < repositories.length; index++) {
    const path = `${repositoryPrefix(repositories[index]!.name)}${file}`;
    if (Object.hasOwn(state.files, path)) return path;
  }
  return componentOf(selectWorkspace(state), env, id)?.file ?? null;
}

/** The repository of a path of the file map as core's edits name it: null for the opened one. */
export function repositoryOfFile(file: string): string | null {
  return splitWorkspacePath(file)?.repo ?? null;
}
