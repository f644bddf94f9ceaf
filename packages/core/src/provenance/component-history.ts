import type { CommitHistory } from "./commit-delta.ts";
import { environmentLog } from "./environment-log.ts";
import type { ComponentCommit } from "./history-change.ts";

/**
 * One component's commits in an environment, newest first, following renames back: past the
 * commit that renamed it, its history goes on under its earlier id (as `git log --follow`).
 * Edges are not compared, so no commit's whole workspace is loaded.
 */
export function componentHistory(
  history: CommitHistory,
  env: string,
  id: string,
): ComponentCommit[] {
  let name = id;
  const commits: ComponentCommit[] = [];
  for (const commit of environmentLog(history, env, { edges: false }).commits) {
    const own = commit.components.find((change) => change.id === name);
    const change =
      own ?? commit.components.find((change) => change.change === "rename" && change.from === name);
    if (!change) continue;
    const { sha, author, date, subject } = commit;
    const entry: ComponentCommit = {
      sha,
      author,
      date,
      subject,
      change: change.change,
      fields: change.fields,
    };
    if (change.change === "rename") {
      entry.from = change.from!;
      entry.to = change.id;
    }
    if (change.reason !== undefined) entry.reason = change.reason;
    commits.push(entry);
    if (own?.change === "rename") name = own.from!;
  }
  return commits;
}
