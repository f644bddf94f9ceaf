import type { FileMap } from "../json.ts";
import { pathCollisionKey } from "../repo/classify-path.ts";

/**
 * The path of the repository that a new file at `path` would overwrite, also on file systems
 * that ignore case (`iac/Prod/...` is `iac/prod/...` on macOS and Windows), or null.
 */
export function existingPath(files: FileMap, path: string): string | null {
  if (Object.hasOwn(files, path)) return path;
  const key = pathCollisionKey(path);
  return Object.keys(files).find((other) => pathCollisionKey(other) === key) ?? null;
}
