/** The components waiting for the user to confirm their deletion (see delete-components.ts). */
export interface DeleteSlice {
  deleteRequest: string[] | null;
  setDeleteRequest(ids: string[] | null): void;
}

export function createDeleteSlice(set: (partial: Partial<DeleteSlice>) => void): DeleteSlice {
  return {
    deleteRequest: null,
    setDeleteRequest(deleteRequest) {
      set({ deleteRequest });
    },
  };
}
