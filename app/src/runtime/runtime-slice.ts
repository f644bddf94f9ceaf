import type { RuntimeSnapshot } from "@karma/core";

/**
 * The imported parameter-store snapshot. It is an input, like the files: drift is derived from
 * it and the model by selectors, never stored.
 */
export interface RuntimeSlice {
  snapshot: RuntimeSnapshot | null;
  setSnapshot(snapshot: RuntimeSnapshot | null): void;
}

export function createRuntimeSlice(set: (partial: Partial<RuntimeSlice>) => void): RuntimeSlice {
  return {
    snapshot: null,
    setSnapshot(snapshot) {
      set({ snapshot });
    },
  };
}
