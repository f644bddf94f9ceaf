import { compareStrings } from "../compare.ts";
import { classifyPath } from "../repo/classify-path.ts";
import { parseComponentId } from "../repo/component-id.ts";
import type { CommitHistory } from "./commit-delta.ts";

/**
 * The environments that hold a component somewhere in a history, at its base or in a commit,
 * sorted; with `id` (`<type>/<nickname>`), only those where that component was.
 */
export function historyEnvironments(history: CommitHistory, id?: string): string[] {
  const wanted = id === undefined ? undefined : parseComponentId(id);
  if (wanted === null) return [];
  const paths = [
    ...Object.keys(history.base?.files ?? {}),
    ...(history.base?.notRead ?? []).map((entry) => entry.path),
    ...history.commits.flatMap((commit) => commit.changes.map((change) => change.path)),
  ];
  const environments = new Set<string>();
  for (const path of new Set(paths)) {
    const where = classifyPath(path);
    if (where.kind !== "component") continue;
    if (wanted && (where.type !== wanted.type || where.nickname !== wanted.nickname)) continue;
    environments.add(where.env);
  }
  return [...environments].sort(compareStrings);
}
