import type { FileMap } from "@karma/core";
import type { HistoryStep } from "../store/editor-state.ts";

export interface History {
  files: FileMap;
  /** Steps done, oldest first; each holds the files before it. */
  past: HistoryStep[];
  /** Steps undone, the next to redo last; each holds the files after it. */
  future: HistoryStep[];
}

/**
 * The history after undoing or redoing until `done` steps are done (0: before the first step).
 * Equivalent to that many undo or redo calls, in one change.
 */
export function jumpHistory(history: History, done: number): History {
  const { past, future } = history;
  const target = Math.max(0, Math.min(done, past.length + future.length));
  if (target === past.length) return history;
  if (target < past.length) {
    const undone: HistoryStep[] = [];
    for (let i = past.length - 1; i >= target; i--) {
      const after = i === past.length - 1 ? history.files : past[i + 1]!.files;
      undone.push({ label: past[i]!.label, files: after });
    }
    return {
      files: past[target]!.files,
      past: past.slice(0, target),
      future: [...future, ...undone],
    };
  }
  const redone: HistoryStep[] = [];
  let files = history.files;
  let remaining = future;
  for (let i = past.length; i < target; i++) {
    const step = remaining.at(-1)!;
    redone.push({ label: step.label, files });
    files = step.files;
    remaining = remaining.slice(0, -1);
  }
  return { files, past: [...past, ...redone], future: remaining };
}
