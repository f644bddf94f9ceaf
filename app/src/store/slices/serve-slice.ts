import type { ServeSlice } from "../../state/editor-store.ts";

export function createServeSlice(set: (partial: Partial<ServeSlice>) => void): ServeSlice {
  return {
    saveConflicts: null,
    setSaveConflicts(saveConflicts) {
      set({ saveConflicts });
    },
  };
}
