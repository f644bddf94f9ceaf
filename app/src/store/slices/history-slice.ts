import type { StoreApi } from "zustand/vanilla";
import type { SelectionMark } from "../../state/editor-state.ts";
import type { EditorStore, HistorySlice } from "../../state/editor-store.ts";
import { jumpHistory } from "../history/jump-history.ts";

/** Steps kept for undo; older ones are forgotten (their changes stay in the files). */
const historyLimit = 200;

/** The history of the document as steps of changes: commit, undo, redo and jumps. */
export function createHistorySlice(
  set: StoreApi<EditorStore>["setState"],
  get: StoreApi<EditorStore>["getState"],
): HistorySlice & Pick<EditorStore, "undo" | "redo"> {
  const moveTo = (done: number) => {
    const state = get();
    // the timeline shows a commit read-only: the document waits as it was
    if (state.shownCommit !== null) return;
    const next = jumpHistory(state, done);
    if (!next) return;
    set({
      files: next.files,
      past: next.past,
      future: next.future,
      dragging: null,
      ...selectionAt(state, next.selection),
    });
  };
  return {
    commit(step, files) {
      const state = get();
      set({
        files,
        past: [...state.past, step].slice(-historyLimit),
        future: [],
        ...selectionAt(state, step.selectionAfter),
      });
    },
    undo() {
      moveTo(get().past.length - 1);
    },
    redo() {
      moveTo(get().past.length + 1);
    },
    jumpTo(done) {
      moveTo(done);
    },
    restoreSteps(past, future) {
      set({ past, future });
    },
  };
}

/** The selection a step puts back, when it belongs to the environment shown. */
function selectionAt(state: EditorStore, mark: SelectionMark): Partial<EditorStore> {
  if (mark.env !== state.env || mark.id === state.selection) return {};
  return { selection: mark.id, alsoSelected: [] };
}
