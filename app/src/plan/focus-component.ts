import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";

/** Selects a component and centres it on the canvas, showing its environment first if needed. */
export function focusComponent(store: StoreApi<EditorStore>, env: string, id: string): void {
  if (store.getState().env !== env) store.getState().setEnv(env);
  store.getState().select(id, { focus: true });
}
