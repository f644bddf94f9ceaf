import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";
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
  // each baseline gets an id; the database keeps one baseline and the work names its id
  const ids = new WeakMap<object, number>();

  function save(): void {
    timer = undefined;
    const { files, baseline, source, env, past, future } = store.getState();
    if (!source) return;
    const { setAutosave } = store.getState();
    setAutosave("saving");
    const written = { files, baseline };
    let id = ids.get(baseline);
    if (id === undefined) {
      id = Date.now() + Math.random();
      ids.set(baseline, id);
    }
    const work = { files, baseline, source, env, savedAt: Date.now(), past, future };
    writeAutosave(work, id).then(
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
