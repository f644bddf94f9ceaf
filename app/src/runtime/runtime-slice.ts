import type { RuntimeSnapshot } from "@karma/core";
import type { DriftFilter } from "./drift-filter.ts";

/**
 * The imported parameter-store snapshot. It is an input, like the files: drift is derived from
 * it and the model by selectors, never stored. `driftFilter` narrows the canvas by drift status.
 */
export interface RuntimeSlice {
  snapshot: RuntimeSnapshot | null;
  driftFilter: DriftFilter;
  setSnapshot(snapshot: RuntimeSnapshot | null): void;
  setDriftFilter(filter: DriftFilter): void;
}

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
