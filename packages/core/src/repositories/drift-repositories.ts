import { computeDrift, driftIn } from "../runtime/compute-drift.ts";
import type { DriftReport } from "../runtime/drift.ts";
import type { RuntimeSnapshot } from "../runtime/snapshot.ts";
import { repositoriesGraph } from "./repositories-graph.ts";
import { type Repository, repositoryFile } from "./repository.ts";

/**
 * One environment of a workspace of repositories compared with a snapshot of what is deployed:
 * the components of every repository (they deploy to the same parameter store), so a component
 * is unmanaged only when no repository has it. Files are prefixed with their repository. For
 * one repository alone, exactly `computeDrift`.
 */
export function driftRepositories(
  repositories: readonly Repository[],
  snapshot: RuntimeSnapshot,
  env: string,
): DriftReport {
  if (repositories.length === 1) return computeDrift(repositories[0]!.workspace, snapshot, env);
  return driftIn(
    snapshot,
    env,
    repositoriesGraph(repositories, env),
    repositories.map((repository) => ({
      workspace: repository.workspace,
      file: (path: string) => repositoryFile(repositories, repository, path),
    })),
  );
}
