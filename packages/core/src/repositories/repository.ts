import type { Workspace } from "../repo/workspace.ts";

/**
 * One repository of a workspace of several: its name (the folder's) and what was read from it.
 * A workspace of repositories is a list of them, the one worked on first; references that do not
 * resolve in a repository resolve in the others, in the same environment. Each keeps its own
 * `Workspace`, so reading one from its previous version still reuses what did not change.
 */
export interface Repository {
  name: string;
  workspace: Workspace;
}

/** How issues name a repository's file: prefixed with the repository when there are several. */
export function repositoryFile(
  repositories: readonly Repository[],
  repository: Repository,
  file: string,
): string {
  return repositories.length > 1 ? `${repository.name}/${file}` : file;
}

const replaced = new WeakMap<readonly Repository[], WeakMap<Workspace, readonly Repository[]>>();

/**
 * The same workspace of repositories with another version of the first (a plan's base): the
 * same list for the same version, so what is memoised per list is found again.
 */
export function withFirst(
  repositories: readonly Repository[],
  workspace: Workspace,
): readonly Repository[] {
  const [first, ...others] = repositories;
  if (!first || first.workspace === workspace) return repositories;
  let byWorkspace = replaced.get(repositories);
  if (!byWorkspace) {
    byWorkspace = new WeakMap();
    replaced.set(repositories, byWorkspace);
  }
  let list = byWorkspace.get(workspace);
  if (!list) {
    list = [{ name: first.name, workspace }, ...others];
    byWorkspace.set(workspace, list);
  }
  return list;
}
