import { computePlan, type PlanOptions, planIn } from "../plan/compute-plan.ts";
import type { Plan } from "../plan/plan.ts";
import type { Workspace } from "../repo/workspace.ts";
import { repositoriesGraph } from "./repositories-graph.ts";
import { type Repository, repositoryFile, withFirst } from "./repository.ts";
import { everyReferenceAcross } from "./resolve-across.ts";

/**
 * The plan of the first repository of a workspace from `baseline` (its deployed version) to
 * what it holds now. The others are not planned but seen: waves and consequences follow
 * references through them, a consequence in another repository says which, and a component the
 * change deletes that another repository still reads is an error. Issue files are prefixed with
 * their repository. For one repository alone, exactly `computePlan`.
 */
export function planRepositories(
  baseline: Workspace,
  repositories: readonly Repository[],
  options: PlanOptions = {},
): Plan {
  const planned = repositories[0]!;
  if (repositories.length === 1) return computePlan(baseline, planned.workspace, options);
  const before = withFirst(repositories, baseline);
  return planIn(baseline, planned.workspace, options, {
    graph: (workspace, env) =>
      repositoriesGraph(workspace === baseline ? before : repositories, env),
    references: (_desired, env) => everyReferenceAcross(repositories, env),
    file: (path) => repositoryFile(repositories, planned, path),
  });
}
