import type { FileMap } from "../json.ts";

/** How a file map was made from another: the paths written (a null text deletes the path). */
export interface FileMapWrites {
  from: FileMap;
  paths: readonly string[];
}

const origins = new WeakMap<FileMap, FileMapWrites>();

/**
 * `files` with `writes` applied (path → new text, or null to delete it), as a new map that
 * remembers what was written: code that follows a repository from version to version (the
 * workspace, the changes an export writes, a history step) reads only those paths instead of
 * comparing every path. The same map when nothing is written.
 *
 * @example
 * const next = writeFiles(files, { "iac/dev/vpc/core/config.json": text });
 * writesOf(next); // { from: files, paths: ["iac/dev/vpc/core/config.json"] }
 */
export function writeFiles(
  files: FileMap,
  writes: Readonly<Record<string, string | null>>,
): FileMap {
  const paths = Object.keys(writes);
  if (paths.length === 0) return files;
  const next: FileMap = { ...files };
  for (const path of paths) {
    const text = writes[path]!;
    if (text === null) delete next[path];
    else next[path] = text;
  }
  origins.set(next, { from: files, paths });
  return next;
}

/** What `files` was made from by `writeFiles`, if it was. */
export function writesOf(files: FileMap): FileMapWrites | undefined {
  return origins.get(files);
}
