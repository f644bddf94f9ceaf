import { computePlan, type PlanOptions, planIn } from "../plan/compute-plan.ts";
import type { Plan } from "../plan/plan.ts";
import { everyReferenceAcross } from "./resolve-across.ts";
import { workspaceGraph } from "./workspace-graph.ts";
import { type WorkspaceRepositories, workspaceIssueFile } from "./workspace-repositories.ts";

/**
 * The plan of every repository of a workspace from `baseline` to `desired` (both loaded with
 * `loadRepositories`): one action per component of any repository (its `file` the path in the
 * workspace's map), waves ordered across repositories, consequences wherever they are, and a
 * deleted component that any repository still reads is an error. Issue files are named as
 * `validateRepositories` names them. For one repository on both sides, exactly `computePlan`.
 */
export function planWorkspaceRepositories(
  baseline: WorkspaceRepositories,
  desired: WorkspaceRepositories,
  options: PlanOptions = {},
): Plan {
  if (baseline.repositories.length === 1 && desired.repositories.length === 1)
    return computePlan(baseline.workspace, desired.workspace, options);
  const named = desired.repositories.length > 1 ? desired.repositories : baseline.repositories;
  return planIn(baseline.workspace, desired.workspace, options, {
    graph: (workspace, env) =>
      workspaceGraph(workspace === baseline.workspace ? baseline : desired, env),
    references: (_desired, env) => everyReferenceAcross(desired.repositories, env),
    file: (path) => workspaceIssueFile(named, path),
  });
}
