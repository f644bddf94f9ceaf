import type { DeleteSlice } from "../../state/editor-store.ts";

export function createDeleteSlice(set: (partial: Partial<DeleteSlice>) => void): DeleteSlice {
  return {
    deleteRequest: null,
    setDeleteRequest(deleteRequest) {
      set({ deleteRequest });
    },
  };
}
