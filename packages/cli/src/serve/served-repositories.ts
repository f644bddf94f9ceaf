import { realpath, stat } from "node:fs/promises";
import { repositoryPrefix, splitWorkspacePath } from "@karma/core";
import { nameOf, type WorkspaceFolder } from "../workspace-folders.ts";
import { type ResolvedPath, resolveRepositoryPath } from "./repository-path.ts";

/**
 * A repository this server serves. The first keeps its paths in the workspace's file map;
 * another's files are there under `../<name>/` (core's workspace-paths.ts).
 */
export interface ServedRepository {
  /** Its folder's name, as the workspace names it. */
  name: string;
  /** Its folder's real path on disk. */
  realRoot: string;
  /** What its paths start with in the workspace's map: "" for the first, `../<name>/` else. */
  prefix: string;
}

/** The repository at `root` first, then `others`, each checked to be a folder. */
export async function servedRepositories(
  root: string,
  others: readonly WorkspaceFolder[],
): Promise<ServedRepository[]> {
  const served: ServedRepository[] = [];
  for (const [index, folder] of [{ dir: root, name: nameOf(root) }, ...others].entries()) {
    const realRoot = await realpath(folder.dir);
    if (!(await stat(realRoot)).isDirectory()) throw new Error(`${folder.dir} is not a directory`);
    const prefix = index === 0 ? "" : repositoryPrefix(folder.name);
    served.push({ name: folder.name, realRoot, prefix });
  }
  return served;
}

/**
 * The repository a path of the workspace's map belongs to and the path inside it, or why no
 * served repository has it. Alone, a repository takes every path as its own, so `../` is
 * refused by the path rules exactly as it always was.
 */
export function locatePath(
  repositories: readonly ServedRepository[],
  path: string,
): { repository: ServedRepository; path: string } | { message: string } {
  const split = repositories.length > 1 ? splitWorkspacePath(path) : null;
  if (split?.repo == null) return { repository: repositories[0]!, path };
  const repository = repositories.find((served, index) => index > 0 && served.name === split.repo);
  if (repository) return { repository, path: split.path };
  const known = repositories.slice(1).map((served) => served.prefix);
  return {
    message: `no repository named "${split.repo}" is served here (the others' files are under ${known.join(", ")})`,
  };
}

export type ResolvedWorkspacePath =
  | (ResolvedPath & { ok: true; repository: ServedRepository; inside: string })
  | { ok: false; message: string };

/**
 * A path of the workspace's map checked with the path rules of `resolveRepositoryPath`
 * against its own repository's folder, never another's; `inside` is the path in that folder.
 */
export async function resolveWorkspacePath(
  repositories: readonly ServedRepository[],
  path: string,
): Promise<ResolvedWorkspacePath> {
  const located = locatePath(repositories, path);
  if ("message" in located) return { ok: false, message: located.message };
  const resolved = await resolveRepositoryPath(located.repository.realRoot, located.path);
  return resolved.ok
    ? { ...resolved, repository: located.repository, inside: located.path }
    : resolved;
}
