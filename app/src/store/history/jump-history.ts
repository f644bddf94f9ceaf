import type { FileMap } from "@karma/core";
import type { HistoryStep, SelectionMark } from "../../state/editor-state.ts";
import { applyChanges } from "./file-changes.ts";

export interface History {
  files: FileMap;
  /** Steps done, oldest first. */
  past: HistoryStep[];
  /** Steps undone, the next to redo last. */
  future: HistoryStep[];
}

/**
 * The history after undoing or redoing until `done` steps are done (0: before the first step),
 * with the selection the last step moved over left: equivalent to that many undo or redo calls.
 * Null when the history is already there.
 */
export function jumpHistory(
  history: History,
  done: number,
): (History & { selection: SelectionMark }) | null {
  const { past, future } = history;
  const target = Math.max(0, Math.min(done, past.length + future.length));
  if (target === past.length) return null;
  let files = history.files;
  if (target < past.length) {
    const undone = past.slice(target).reverse();
    for (const step of undone) files = applyChanges(files, step.changes, 0);
    return {
      files,
      past: past.slice(0, target),
      future: [...future, ...undone],
      selection: undone.at(-1)!.selectionBefore,
    };
  }
  const redone = future.slice(future.length - (target - past.length)).reverse();
  for (const step of redone) files = applyChanges(files, step.changes, 1);
  return {
    files,
    past: [...past, ...redone],
    future: future.slice(0, future.length - redone.length),
    selection: redone.at(-1)!.selectionAfter,
  };
}
