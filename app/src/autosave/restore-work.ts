import { openRepository } from "../actions/open-repository.ts";
import { changedFiles } from "../model/repository-files.ts";
import { openSample } from "../open/open-sample.ts";
import { openServed } from "../serve/open-served.ts";
import { servedToken } from "../serve/served-token.ts";
import type { SavedWork } from "../state/editor-state.ts";
import type { Editor } from "../store/editor-context.tsx";
import { clearAutosave } from "./autosave-db.ts";
import { restoreHistory } from "./restore-history.ts";

/** Opens work kept in the browser, with its history, where it was left. */
export function restoreWork(editor: Editor, saved: SavedWork): void {
  const { store } = editor;
  openRepository(store, saved.files, saved.source, { baseline: saved.baseline });
  restoreHistory(store, saved);
  if (saved.env !== null && saved.env !== store.getState().env) store.getState().setEnv(saved.env);
  const changed = Object.keys(changedFiles(saved.baseline, saved.files)).length;
  store.getState().notify({
    tone: "success",
    title: `Restored your work on ${saved.source.name}${changed > 0 ? ` (${changed} changed file${changed === 1 ? "" : "s"})` : ""}.`,
  });
  editor.startAutosave();
}

/** Forgets work kept in the browser and opens what a first start would. */
export async function discardWork(editor: Editor): Promise<void> {
  editor.store.getState().offerRestore(null);
  await clearAutosave().catch(() => undefined);
  const token = servedToken();
  await (token !== null ? openServed(editor, token) : openSample(editor));
}
