import type { FileMap } from "@karma/core";
import type { FileChanges } from "../../state/editor-state.ts";

/** The paths whose text differs between two versions of the files, with both texts. */
export function diffFiles(before: FileMap, after: FileMap): FileChanges {
  const changes: FileChanges = {};
  if (before === after) return changes;
  for (const path of Object.keys(before)) {
    const old = before[path]!;
    const next = Object.hasOwn(after, path) ? after[path]! : null;
    if (old !== next) changes[path] = [old, next];
  }
  for (const path of Object.keys(after)) {
    if (!Object.hasOwn(before, path)) changes[path] = [null, after[path]!];
  }
  return changes;
}

/** `files` with one side of `changes` written: `1` (after) redoes a step, `0` (before) undoes it. */
export function applyChanges(files: FileMap, changes: FileChanges, side: 0 | 1): FileMap {
  const paths = Object.keys(changes);
  if (paths.length === 0) return files;
  const next = { ...files };
  for (const path of paths) {
    const text = changes[path]![side];
    if (text === null) delete next[path];
    else next[path] = text;
  }
  return next;
}

export function hasChanges(changes: FileChanges): boolean {
  for (const _ in changes) return true;
  return false;
}
