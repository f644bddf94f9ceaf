import { compareStrings } from "../compare.ts";
import type { Issue } from "../issues/issue.ts";
import {
  type ValidateOptions,
  validateInView,
  validateWorkspace,
} from "../validate/validate-workspace.ts";
import { definedTwice } from "./defined-twice.ts";
import { repositoriesGraph } from "./repositories-graph.ts";
import { type Repository, repositoryFile } from "./repository.ts";
import { referencesAcross } from "./resolve-across.ts";

interface Found {
  /** By repository index. */
  issues: Issue[][];
  definedTwice: Issue[][];
}

const cache = new WeakMap<readonly Repository[], Map<string, Found>>();

/**
 * Every problem of a workspace of repositories: each repository's, with references that resolve
 * in another repository no longer missing and cycles found across them, and the components
 * defined in more than one. Files are prefixed with their repository when there are several.
 * For one repository alone, exactly `validateWorkspace`.
 */
export function validateRepositories(
  repositories: readonly Repository[],
  options: ValidateOptions = {},
): Issue[] {
  if (repositories.length === 1) return validateWorkspace(repositories[0]!.workspace, options);
  return repositories
    .flatMap((_, index) => repositoryIssues(repositories, index, options))
    .sort(compareIssues);
}

/** The problems of one repository of a workspace, as `validateRepositories` lists them. */
export function repositoryIssues(
  repositories: readonly Repository[],
  index: number,
  options: ValidateOptions = {},
): Issue[] {
  const repository = repositories[index]!;
  if (repositories.length === 1) return validateWorkspace(repository.workspace, options);
  const cacheKey = options.env ?? "\u0000all";
  let byEnv = cache.get(repositories);
  if (!byEnv) {
    byEnv = new Map();
    cache.set(repositories, byEnv);
  }
  let found = byEnv.get(cacheKey);
  if (!found) {
    found = { issues: [], definedTwice: definedTwice(repositories, options.env) };
    byEnv.set(cacheKey, found);
  }
  let issues = found.issues[index];
  if (!issues) {
    const own = validateInView(repository.workspace, options, {
      references: (env) => referencesAcross(repositories, index, env),
      graph: (env) => repositoriesGraph(repositories, env),
    }).map((issue) => ({ ...issue, file: repositoryFile(repositories, repository, issue.file) }));
    issues = [...own, ...found.definedTwice[index]!].sort(compareIssues);
    found.issues[index] = issues;
  }
  return issues;
}

function compareIssues(a: Issue, b: Issue): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.code, b.code)
  );
}
