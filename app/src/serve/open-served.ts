import { describeError } from "../actions/describe-error.ts";
import { openRepository } from "../actions/open-repository.ts";
import { changedFiles } from "../model/repository-files.ts";
import type { Editor } from "../store/editor-context.tsx";
import type { SavedWork } from "../store/editor-state.ts";
import { serveApi } from "./serve-api.ts";

export const servedName = "repository on disk (karma serve)";

/**
 * Start-up under `karma serve`: work on a served repository kept in this browser is offered
 * back first (saving it is checked against the files it was based on); else the repository is
 * read from the server.
 */
export async function startServed(
  editor: Editor,
  token: string,
  saved: SavedWork | undefined,
): Promise<void> {
  if (
    saved?.source.kind === "served" &&
    Object.keys(changedFiles(saved.baseline, saved.files)).length > 0
  ) {
    editor.store.getState().offerRestore(saved);
    return;
  }
  await openServed(editor, token, { unlessOpened: true });
}

/** Opens the repository `karma serve` serves; its files become the baseline. */
export async function openServed(
  editor: Editor,
  token: string,
  { unlessOpened = false } = {},
): Promise<void> {
  const { store } = editor;
  try {
    const { files, problems } = await serveApi(token).readFiles();
    if (unlessOpened && store.getState().source !== null) return;
    openRepository(store, files, { kind: "served", name: servedName });
    if (problems.length > 0) {
      store.getState().notify({
        tone: "error",
        title: `Opened the ${servedName}; ${problems.length} file${problems.length === 1 ? " was" : "s were"} left out:`,
        lines: problems,
      });
    }
  } catch (error) {
    store.getState().notify({
      tone: "error",
      title: "Could not read the repository from karma serve.",
      lines: [
        describeError(error),
        "Check that karma serve is running and open the address it printed.",
      ],
    });
  } finally {
    editor.startAutosave();
  }
}
