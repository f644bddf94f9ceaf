import type { FileMap } from "../json.ts";
import { parseAhead } from "../repo/parse-ahead.ts";
import { splitWorkspacePath } from "./workspace-paths.ts";

/**
 * `parseAhead` for a workspace's map (`loadRepositories`): another repository's files, under
 * `../<name>/`, are read by their path in that repository, as its load will see them.
 */
export function parseWorkspaceAhead(files: FileMap, size: number): Generator<void, void> {
  return parseAhead(files, size, (path) => splitWorkspacePath(path)?.path ?? null);
}
