import type { FileMap } from "@karma/core";
import { describeError } from "./actions/describe-error.ts";
import { openRepository } from "./actions/open-repository.ts";
import { clearAutosave, readAutosave } from "./autosave/autosave-db.ts";
import { restoreHistory } from "./autosave/restore-history.ts";
import { changedFiles } from "./model/repository-files.ts";
import { loadSample } from "./open/load-sample.ts";
import { openServed, startServed } from "./serve/open-served.ts";
import { servedToken } from "./serve/served-token.ts";
import type { Editor } from "./store/editor-context.tsx";
import type { SavedWork } from "./store/editor-state.ts";

export const sampleName = "aws-config (sample)";

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

/** Opens the bundled sample (already being downloaded, when `files` is given). */
export async function openSample(
  editor: Editor,
  files: Promise<FileMap> = loadSample(),
  { unlessOpened = false } = {},
): Promise<void> {
  try {
    const sample = await files;
    if (unlessOpened && editor.store.getState().source !== null) return;
    openRepository(editor.store, sample, { kind: "sample", name: sampleName });
  } catch (error) {
    editor.store.getState().notify({
      tone: "error",
      title: "The bundled sample could not be loaded.",
      lines: [describeError(error), "Use Open to open a folder or a .zip of a config repository."],
    });
  } finally {
    editor.startAutosave();
  }
}

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

export async function discardWork(editor: Editor): Promise<void> {
  editor.store.getState().offerRestore(null);
  await clearAutosave().catch(() => undefined);
  const token = servedToken();
  await (token !== null ? openServed(editor, token) : openSample(editor));
}
