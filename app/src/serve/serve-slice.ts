import type { SaveConflict } from "./serve-api.ts";

/** Files a save to `karma serve` found changed on disk, until the user decides what to do. */
export interface ServeSlice {
  saveConflicts: SaveConflict[] | null;
  setSaveConflicts(conflicts: SaveConflict[] | null): void;
}

export function createServeSlice(set: (partial: Partial<ServeSlice>) => void): ServeSlice {
  return {
    saveConflicts: null,
    setSaveConflicts(saveConflicts) {
      set({ saveConflicts });
    },
  };
}
