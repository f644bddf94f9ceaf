import type { ReferenceSlot } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../store/create-editor-store.ts";

/** A connection being dragged: from which component and which side of it. */
export interface ConnectStart {
  nodeId: string;
  handleType: "source" | "target";
}

/** A connection that fits several keys of the dependent, waiting for the user to choose one. */
export interface PendingConnection {
  dependent: string;
  provider: string;
  slots: ReferenceSlot[];
}

export interface WiringSlice {
  connecting: ConnectStart | null;
  pendingConnection: PendingConnection | null;
  setConnecting(start: ConnectStart | null): void;
  setPendingConnection(pending: PendingConnection | null): void;
}

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
