import { type FileMap, writeFiles, writesOf } from "@karma/core";
import type { FileChanges } from "../../state/editor-state.ts";

/** The paths whose text differs between two versions of the files, with both texts. */
export function diffFiles(before: FileMap, after: FileMap): FileChanges {
  const changes: FileChanges = {};
  if (before === after) return changes;
  // written from `before` by a core edit: only the paths it wrote can differ
  const writes = writesOf(after);
  if (writes?.from === before) {
    for (const path of writes.paths) {
      const old = Object.hasOwn(before, path) ? before[path]! : null;
      const next = Object.hasOwn(after, path) ? after[path]! : null;
      if (old !== next) changes[path] = [old, next];
    }
    return changes;
  }
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
  const writes: Record<string, string | null> = {};
  for (const path of Object.keys(changes)) writes[path] = changes[path]![side];
  return writeFiles(files, writes);
}

export function hasChanges(changes: FileChanges): boolean {
  for (const _ in changes) return true;
  return false;
}
