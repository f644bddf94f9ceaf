import type { RuntimeSlice } from "../../state/editor-store.ts";

export function createRuntimeSlice(set: (partial: Partial<RuntimeSlice>) => void): RuntimeSlice {
  return {
    snapshot: null,
    driftFilter: "all",
    setSnapshot(snapshot) {
      // a filter by drift means nothing without a snapshot
      set(snapshot === null ? { snapshot, driftFilter: "all" } : { snapshot });
    },
    setDriftFilter(driftFilter) {
      set({ driftFilter });
    },
  };
}
