import type { StoreApi } from "zustand/vanilla";
import type { EditorStore, WiringSlice } from "../../state/editor-store.ts";

export function createWiringSlice(set: StoreApi<EditorStore>["setState"]): WiringSlice {
  return {
    connecting: null,
    pendingConnection: null,
    setConnecting(connecting) {
      set({ connecting });
    },
    setPendingConnection(pendingConnection) {
      set({ pendingConnection });
    },
  };
}
