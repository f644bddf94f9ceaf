import {
  type CheckedCommit,
  checkCommit,
  finishCommit,
  type GitCommit,
  GitRefusal,
  type StagedCommit,
  stageCommit,
} from "./git-commit.ts";
import type { ServedRepository } from "./served-repositories.ts";

/** The paths of one repository to commit, relative to its folder. */
export interface RepositoryPaths {
  repository: ServedRepository;
  paths: string[];
}

/** One repository's commit, its paths as in the workspace's map. */
export interface RepositoryCommit extends GitCommit {
  repository: string;
}

/**
 * Commits the given paths in each repository, in the order given, with the same message: all
 * are checked (branch, staged) and staged before any commit is made, so a refusal in one
 * commits none. Only git refusing a commit (a hook) after an earlier repository's commit was
 * made leaves that one made; the refusal says which. `committed` runs after each commit made.
 */
export async function commitAcross(
  groups: readonly RepositoryPaths[],
  message: string,
  committed: (group: RepositoryPaths) => void,
): Promise<RepositoryCommit[]> {
  const checked: CheckedCommit[] = [];
  for (const { repository, paths } of groups) {
    checked.push(
      await named(repository, () => checkCommit(repository.realRoot, paths, repository.prefix)),
    );
  }
  const staged: StagedCommit[] = [];
  try {
    for (const [index, ready] of checked.entries()) {
      staged.push(await named(groups[index]!.repository, () => stageCommit(ready)));
    }
  } catch (error) {
    // the refused one put its own index back; the ones staged before it are put back here
    for (const ready of staged) await ready.restore();
    throw error;
  }

  const done: RepositoryCommit[] = [];
  for (const [index, ready] of staged.entries()) {
    const group = groups[index]!;
    try {
      done.push({ repository: group.repository.name, ...(await finishCommit(ready, message)) });
    } catch (error) {
      for (const later of staged.slice(index + 1)) await later.restore();
      if (!(error instanceof GitRefusal) || done.length === 0) {
        throw nameRefusal(group.repository, error);
      }
      const kept = done.map((commit) => `${commit.repository} (${commit.commit})`).join(", ");
      throw new GitRefusal(
        error.status,
        `${group.repository.name}: ${error.message} Committed before it, and kept: ${kept}.`,
        { ...error.details, repository: group.repository.name, commits: done },
      );
    }
    committed(group);
  }
  return done;
}

/** Runs a step for one repository of several; a refusal names the repository. */
export async function named<T>(repository: ServedRepository, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw nameRefusal(repository, error);
  }
}

function nameRefusal(repository: ServedRepository, error: unknown): unknown {
  if (!(error instanceof GitRefusal)) return error;
  return new GitRefusal(error.status, `${repository.name}: ${error.message}`, {
    ...error.details,
    repository: repository.name,
  });
}
