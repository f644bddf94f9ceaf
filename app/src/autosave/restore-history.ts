import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../store/create-editor-store.ts";
import type { HistoryStep, SavedWork } from "../store/editor-state.ts";

/** Puts back the undo and redo steps of restored work, so the user can walk back as before. */
export function restoreHistory(store: StoreApi<EditorStore>, saved: SavedWork): void {
  const past = validSteps(saved.past);
  const future = validSteps(saved.future);
  if (past.length === 0 && future.length === 0) return;
  store.getState().restoreSteps(past, future);
}

function validSteps(steps: unknown): HistoryStep[] {
  if (!Array.isArray(steps)) return [];
  return steps.filter(
    (step): step is HistoryStep =>
      typeof step?.label === "string" && typeof step.files === "object" && step.files !== null,
  );
}
