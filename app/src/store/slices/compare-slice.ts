import type { CompareSlice } from "../../state/editor-store.ts";

export function createCompareSlice(set: (partial: Partial<CompareSlice>) => void): CompareSlice {
  return {
    compareBase: null,
    setCompareBase(compareBase) {
      set({ compareBase });
    },
  };
}
