import type { FileMap } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";
import { diffFiles } from "../store/history/file-changes.ts";

/** Sets the files as one history step, as a command would (tests only). */
export function commitFiles(store: StoreApi<EditorStore>, label: string, files: FileMap): void {
  const state = store.getState();
  const mark = { env: state.env, id: state.selection };
  state.commit(
    { label, changes: diffFiles(state.files, files), selectionBefore: mark, selectionAfter: mark },
    files,
  );
}
