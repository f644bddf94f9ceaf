import type { StoreApi } from "zustand/vanilla";
import type { CommitSlice, EditorStore } from "../../state/editor-store.ts";

export function createCommitSlice(set: StoreApi<EditorStore>["setState"]): CommitSlice {
  return {
    commitOffer: null,
    commitCount: 0,
    offerCommit(commitOffer) {
      set({ commitOffer });
    },
    committed() {
      set((state) => ({ commitOffer: null, commitCount: state.commitCount + 1 }));
    },
  };
}
