import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../store/create-editor-store.ts";
import { writeAutosave } from "./autosave-db.ts";

const delayMs = 300;

/**
 * Keeps the working state in IndexedDB, a moment after each change. Started only once the
 * user has answered the restore offer, so an earlier autosave is never overwritten unseen.
 */
export function startAutosave(store: StoreApi<EditorStore>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const initial = store.getState();
  let last = { files: initial.files, baseline: initial.baseline, env: initial.env };

  function save(): void {
    timer = undefined;
    const { files, baseline, source, env, past, future } = store.getState();
    if (!source) return;
    const { setAutosave } = store.getState();
    setAutosave("saving");
    const written = { files, baseline };
    // undo steps hold whole file maps, but share their unchanged strings with each other
    writeAutosave({ files, baseline, source, env, savedAt: Date.now(), past, future }).then(
      () => {
        // a change made while writing is saved by its own timer; until then it is not saved
        const now = store.getState();
        if (now.files === written.files && now.baseline === written.baseline) setAutosave("saved");
      },
      () => setAutosave("failed"),
    );
  }

  store.subscribe((state) => {
    if (state.files === last.files && state.baseline === last.baseline && state.env === last.env) {
      return;
    }
    last = { files: state.files, baseline: state.baseline, env: state.env };
    if (state.autosave !== "saving") state.setAutosave("saving");
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  save();
}
