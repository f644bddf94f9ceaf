import type { StoreApi } from "zustand/vanilla";
import type { HistoryStep, SavedWork } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";

/** Puts back the undo and redo steps of restored work, so the user can walk back as before. */
export function restoreHistory(store: StoreApi<EditorStore>, saved: SavedWork): void {
  const past = validSteps(saved.past);
  const future = validSteps(saved.future);
  if (past.length === 0 && future.length === 0) return;
  store.getState().restoreSteps(past, future);
}

/** The steps of the saved history; steps of an older format are left out. */
function validSteps(steps: unknown): HistoryStep[] {
  if (!Array.isArray(steps)) return [];
  const isObject = (value: unknown) => typeof value === "object" && value !== null;
  return steps.filter(
    (step): step is HistoryStep =>
      typeof step?.label === "string" &&
      isObject(step.changes) &&
      isObject(step.selectionBefore) &&
      isObject(step.selectionAfter),
  );
}
