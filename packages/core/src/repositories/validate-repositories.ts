import { compareStrings } from "../compare.ts";
import { resolveInSteps } from "../graph/resolve-references.ts";
import { dependencyCycles } from "../graph/strongly-connected.ts";
import type { Issue } from "../issues/issue.ts";
import {
  type ValidateOptions,
  validateInSteps,
  validateInView,
  validateWorkspace,
} from "../validate/validate-workspace.ts";
import { definedTwice } from "./defined-twice.ts";
import { earlierWithSameTargets } from "./repositories-delta.ts";
import { repositoriesGraph } from "./repositories-graph.ts";
import { type Repository, repositoryFile } from "./repository.ts";
import { referencesAcross } from "./resolve-across.ts";

interface Found {
  /** By repository index. */
  issues: Issue[][];
  definedTwice: Issue[][];
}

const cache = new WeakMap<readonly Repository[], Map<string, Found>>();
// the cache key of every environment's problems: no environment's name
const allEnvironments = "\u0000all";

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
  // every file of a repository is named `<repository>/…` and each one's issues are sorted: in
  // the order of those prefixes, their concatenation is sorted, without sorting them all again
  return [...repositories.keys()]
    .sort((a, b) => compareStrings(`${repositories[a]!.name}/`, `${repositories[b]!.name}/`))
    .flatMap((index) => repositoryIssues(repositories, index, options));
}

/**
 * The work of `validateRepositories(repositories)` in steps, as `validateInSteps` spreads one
 * repository's: each repository's components resolved within it (`size` a step), then for each
 * environment each repository's references across the others, the graph and its cycles, then
 * each repository's problems, a step each; the last step gathers them. An editor opening a workspace
 * of many repositories spreads its validation over many tasks this way.
 */
export function* validateRepositoriesInSteps(
  repositories: readonly Repository[],
  size: number,
): Generator<void, Issue[]> {
  if (repositories.length === 1) return yield* validateInSteps(repositories[0]!.workspace, size);
  const found = cache.get(repositories)?.get(allEnvironments);
  if (found && repositories.every((_, index) => found.issues[index] !== undefined)) {
    return validateRepositories(repositories);
  }
  for (const { workspace } of repositories) {
    for (const env of workspace.environments) {
      yield* resolveInSteps(workspace, env, size);
      yield;
    }
  }
  const environments = new Set(repositories.flatMap(({ workspace }) => workspace.environments));
  for (const env of [...environments].sort()) {
    for (const index of repositories.keys()) {
      referencesAcross(repositories, index, env);
      yield;
    }
    const graph = repositoriesGraph(repositories, env);
    yield;
    dependencyCycles(graph);
    yield;
  }
  for (const index of repositories.keys()) {
    repositoryIssues(repositories, index);
    yield;
  }
  return validateRepositories(repositories);
}

/**
 * The problems of one repository of a workspace, as `validateRepositories` lists them. For a
 * list an edit made that moved no target, a repository the edit left as it was keeps the
 * earlier list's problems while what they were found from (its references across the others,
 * the graph its cycles are found in) is the same: an edit re-validates the repository it
 * changed, not all of them.
 */
export function repositoryIssues(
  repositories: readonly Repository[],
  index: number,
  options: ValidateOptions = {},
): Issue[] {
  const repository = repositories[index]!;
  if (repositories.length === 1) return validateWorkspace(repository.workspace, options);
  const cacheKey = options.env ?? allEnvironments;
  let byEnv = cache.get(repositories);
  if (!byEnv) {
    byEnv = new Map();
    cache.set(repositories, byEnv);
  }
  const earlier = earlierWithSameTargets(repositories);
  const before = earlier && cache.get(earlier)?.get(cacheKey);
  let found = byEnv.get(cacheKey);
  if (!found) {
    // the same components by id and file in every repository: defined where they were
    found = {
      issues: [],
      definedTwice: before?.definedTwice ?? definedTwice(repositories, options.env),
    };
    byEnv.set(cacheKey, found);
  }
  let issues = found.issues[index];
  if (
    !issues &&
    earlier &&
    before?.issues[index] &&
    sameInputs(repositories, earlier, index, options)
  ) {
    issues = before.issues[index];
    found.issues[index] = issues;
  }
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

/** Whether a repository is validated from the same things in both lists. */
function sameInputs(
  repositories: readonly Repository[],
  earlier: readonly Repository[],
  index: number,
  options: ValidateOptions,
): boolean {
  const repository = repositories[index]!;
  if (repository !== earlier[index]) return false;
  const environments =
    options.env === undefined ? repository.workspace.environments : [options.env];
  return environments.every(
    (env) =>
      referencesAcross(repositories, index, env) === referencesAcross(earlier, index, env) &&
      repositoriesGraph(repositories, env) === repositoriesGraph(earlier, env),
  );
}

function compareIssues(a: Issue, b: Issue): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.code, b.code)
  );
}
