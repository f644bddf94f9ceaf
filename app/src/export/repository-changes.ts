import { type FileMap, type Repository, splitWorkspacePath, workspaceIssueFile } from "@karma/core";
import type { RepositorySource } from "../state/editor-state.ts";

/** The changes of one repository of the workspace, by paths inside it. */
export interface RepositoryChanges {
  /** The repository's name (the opened one's too). */
  name: string;
  /** Null for the opened repository; else the folder its files sit under (`../<repo>/`). */
  repo: string | null;
  /** Path inside the repository → its new text, or null to delete it. */
  changes: Record<string, string | null>;
  /** The changed paths' text as opened, for those that existed. */
  baseline: FileMap;
}

/**
 * An export's changes (paths of the workspace's map) split by repository: the opened one first,
 * then the others in their order; repositories without changes are left out.
 */
export function changesByRepository(
  repositories: readonly Repository[],
  changes: Record<string, string | null>,
  baseline: FileMap,
): RepositoryChanges[] {
  const byRepo = new Map<string | null, RepositoryChanges>();
  for (const [index, repository] of repositories.entries()) {
    const repo = index === 0 ? null : repository.name;
    byRepo.set(repo, { name: repository.name, repo, changes: {}, baseline: {} });
  }
  for (const path of Object.keys(changes)) {
    const split = splitWorkspacePath(path);
    const own = split && byRepo.get(split.repo);
    // a path under ../ that names no repository of the workspace is no repository's to write
    if (!split || !own) continue;
    own.changes[split.path] = changes[path]!;
    if (Object.hasOwn(baseline, path)) own.baseline[split.path] = baseline[path]!;
  }
  return [...byRepo.values()].filter((own) => Object.keys(own.changes).length > 0);
}

/**
 * An export's changes as a zip lays them out: with several repositories, each repository's
 * files under a top folder named after it (never a `../` entry); one repository's as they are.
 */
export function zipPaths(
  repositories: readonly Repository[],
  changes: Record<string, string | null>,
): Record<string, string | null> {
  if (repositories.length < 2) return changes;
  const named: Record<string, string | null> = {};
  for (const path of Object.keys(changes)) {
    const name = workspaceIssueFile(repositories, path);
    if (!name.startsWith("../")) named[name] = changes[path]!;
  }
  return named;
}

/** The folder a repository's changes are written back to, when it was opened or added from one. */
export function folderOf(
  source: RepositorySource | null,
  { repo }: Pick<RepositoryChanges, "repo">,
): FileSystemDirectoryHandle | undefined {
  return (repo === null ? source?.handle : source?.otherHandles?.[repo]) ?? undefined;
}
