import type { StoreApi } from "zustand/vanilla";
import type { EditorStore, UnappliedSlice } from "../../state/editor-store.ts";

/** Values typed but not applied (see UnappliedSlice): kept until fixed, reverted or discarded. */
export function createUnappliedSlice(
  set: StoreApi<EditorStore>["setState"],
  get: StoreApi<EditorStore>["getState"],
): UnappliedSlice {
  return {
    unapplied: {},
    leaveRequest: null,
    setUnapplied(key, value) {
      const current = get().unapplied;
      if (value === null && !Object.hasOwn(current, key)) return;
      const next = { ...current };
      if (value === null) delete next[key];
      else next[key] = value;
      set({ unapplied: next });
    },
    answerLeave(leave) {
      const { leaveRequest, selection, env, unapplied } = get();
      set({ leaveRequest: null });
      if (!leave || !leaveRequest) return;
      const kept = Object.fromEntries(
        Object.entries(unapplied).filter(
          ([, value]) => value.component !== selection || value.env !== env,
        ),
      );
      set({ unapplied: kept });
      get().select(leaveRequest.id);
    },
  };
}

/** Whether the shown component holds values that were typed and not applied. */
export function hasUnapplied(state: EditorStore): boolean {
  return Object.values(state.unapplied).some(
    (value) => value.component === state.selection && value.env === state.env,
  );
}
