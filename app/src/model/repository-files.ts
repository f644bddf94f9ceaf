import { type FileMap, layoutFileEnv } from "@karma/core";

export function isLayoutPath(path: string): boolean {
  return layoutFileEnv(path) !== null;
}

const byFiles = new WeakMap<FileMap, FileMap>();
let lastConfigFiles: FileMap | null = null;

/**
 * The files that make up the config (everything but `.karma/layout/`), as the same object as
 * long as none of them changed: moving a node then re-reads nothing.
 */
export function configFilesOf(files: FileMap): FileMap {
  const known = byFiles.get(files);
  if (known) return known;
  let count = 0;
  let same = lastConfigFiles !== null;
  for (const path in files) {
    if (isLayoutPath(path)) continue;
    count++;
    if (same && lastConfigFiles![path] !== files[path]) same = false;
  }
  const result =
    same && lastConfigFiles !== null && Object.keys(lastConfigFiles).length === count
      ? lastConfigFiles
      : withoutLayout(files);
  byFiles.set(files, result);
  lastConfigFiles = result;
  return result;
}

function withoutLayout(files: FileMap): FileMap {
  const config: FileMap = {};
  for (const path in files) if (!isLayoutPath(path)) config[path] = files[path]!;
  return config;
}

/** What an export writes: changed and new files with their text, deleted ones as null. */
export function changedFiles(baseline: FileMap, files: FileMap): Record<string, string | null> {
  const found: Record<string, string | null> = {};
  for (const path of Object.keys(baseline)) {
    const after = Object.hasOwn(files, path) ? files[path]! : null;
    if (after !== baseline[path]) found[path] = after;
  }
  for (const path of Object.keys(files)) {
    if (!Object.hasOwn(baseline, path)) found[path] = files[path]!;
  }
  // sorted by path, and only the few changed ones sorted
  const changes: Record<string, string | null> = {};
  for (const path of Object.keys(found).sort()) changes[path] = found[path]!;
  return changes;
}
