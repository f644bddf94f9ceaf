import { buildGraph } from "../graph/build-graph.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import type { Workspace } from "../repo/workspace.ts";
import type { CommitHistory } from "./commit-delta.ts";
import { componentChanges } from "./component-changes.ts";
import { edgeChanges } from "./edge-changes.ts";
import type { CommitGraphChange, EnvironmentLog } from "./history-change.ts";
import { mayMoveEdges } from "./may-move-edges.ts";
import { RepositoryReplay } from "./repository-replay.ts";

export interface EnvironmentLogOptions {
  /**
   * Compare each commit's graph with its parent's (default true). Without, only components are
   * told, and no commit's whole workspace is loaded: a commit then costs what it changed.
   */
  edges?: boolean;
}

/**
 * Replays a history and tells, per commit, what it changed in one environment: the components
 * it created, updated, renamed or deleted (with their field diffs) and the edges it added or
 * removed. Each commit's workspace is loaded from the one before it, so only what the commit
 * changed is read again; a graph whose edges did not move is not compared, and a commit that
 * cannot move the environment's edges loads no workspace. Commits that changed nothing in the
 * environment are left out. Pure; never throws for bad files: what a commit could not read is
 * `unknown`, never created or deleted.
 */
export function environmentLog(
  history: CommitHistory,
  env: string,
  options: EnvironmentLogOptions = {},
): EnvironmentLog {
  const withEdges = options.edges ?? true;
  const replay = new RepositoryReplay(history.base);
  let workspace: Workspace | null = withEdges
    ? loadWorkspace(replay.files, { notRead: replay.notRead })
    : null;
  const commits: CommitGraphChange[] = [];
  for (const commit of history.commits) {
    const changed = commit.changes.map((change) => change.path);
    const before = { files: replay.pick(changed), notRead: replay.notRead };
    replay.apply(commit.changes);
    const components = touches(changed, env)
      ? componentChanges(
          before,
          { files: replay.pick(changed), notRead: replay.notRead },
          env,
          changed,
        )
      : [];
    let edges: CommitGraphChange["edges"] = [];
    if (workspace && mayMoveEdges(changed, env, buildGraph(workspace, env))) {
      const next = loadWorkspace(replay.files, { previous: workspace, notRead: replay.notRead });
      const unknown = components.filter((c) => c.change === "unknown").map((c) => c.id);
      edges = edgeChanges(workspace, next, env, unknown);
      workspace = next;
    }
    if (components.length > 0 || edges.length > 0) {
      const { sha, author, date, subject } = commit;
      commits.push({ sha, author, date, subject, components, edges });
    }
  }
  return { env, commits: commits.reverse() };
}

/** Whether a changed path is in the environment's folder, or is that folder or one above it. */
function touches(changed: readonly string[], env: string): boolean {
  const folder = `iac/${env}`;
  return changed.some((path) => path === "iac" || path === folder || path.startsWith(`${folder}/`));
}
