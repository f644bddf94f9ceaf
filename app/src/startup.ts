import type { FileMap } from "@karma/core";
import { readAutosave } from "./autosave/autosave-db.ts";
import { changedFiles } from "./model/repository-files.ts";
import { openSample } from "./open/open-sample.ts";
import { startServed } from "./serve/open-served.ts";
import { servedToken } from "./serve/served-token.ts";
import type { SavedWork } from "./state/editor-state.ts";
import type { Editor } from "./store/editor-context.tsx";

/**
 * First start opens the bundled sample. When work from an earlier session is in the browser,
 * it is offered back first, and nothing (not even autosave) touches it until the user answers.
 */
export async function startEditor(editor: Editor, sample?: Promise<FileMap>): Promise<void> {
  let saved: SavedWork | undefined;
  try {
    saved = await readAutosave();
  } catch {
    // no IndexedDB (private mode, blocked storage): start fresh; autosave reports its own failure
  }
  // a repository opened meanwhile (through window.karma) wins over the start-up choice
  if (editor.store.getState().source !== null) return;
  const token = servedToken();
  if (token !== null) return startServed(editor, token, saved);
  if (saved && worthOffering(saved)) {
    editor.store.getState().offerRestore(saved);
    return;
  }
  await openSample(editor, sample, { unlessOpened: true });
}

function worthOffering(saved: SavedWork): boolean {
  return (
    saved.source.kind !== "sample" ||
    Object.keys(changedFiles(saved.baseline, saved.files)).length > 0
  );
}
