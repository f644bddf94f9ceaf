import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../store/create-editor-store.ts";
import type { HistoryStep } from "../store/editor-state.ts";
import { followSelection } from "./follow-selection.ts";
import { jumpHistory } from "./jump-history.ts";

export interface HistorySlice {
  /** Undoes or redoes until `done` steps of the history are done, as one change. */
  jumpTo(done: number): void;
  /** Puts back the steps of work restored from the browser (after `open` cleared them). */
  restoreSteps(past: HistoryStep[], future: HistoryStep[]): void;
}

export function createHistorySlice(
  set: StoreApi<EditorStore>["setState"],
  get: StoreApi<EditorStore>["getState"],
): HistorySlice {
  return {
    jumpTo(done) {
      const state = get();
      const next = jumpHistory(state, done);
      if (next.files === state.files && next.past === state.past) return;
      set({
        files: next.files,
        past: next.past,
        future: next.future,
        dragging: null,
        selection: followSelection(state.files, next.files, state.env, state.selection),
      });
    },
    restoreSteps(past, future) {
      set({ past, future });
    },
  };
}
