import { describeError } from "../actions/describe-error.ts";
import { openRepository } from "../actions/open-repository.ts";
import { changedFiles } from "../model/repository-files.ts";
import type { SavedWork } from "../state/editor-state.ts";
import type { Editor } from "../store/editor-context.tsx";
import { type ServedRepository, serveApi } from "./serve-api.ts";

/** What the top bar calls a served repository: its folder's name. */
export function servedName(root: string): string {
  return root.split(/[\\/]/).filter(Boolean).at(-1) ?? "repository on disk";
}

/**
 * Start-up under `karma serve`: unsaved work on this same repository kept in this browser is
 * offered back first (saving it is checked against the files it was based on); else the
 * repository is read from the server. Work on another repository served earlier on this port
 * is never offered here: saving it would write that repository's new files into this one.
 */
export async function startServed(
  editor: Editor,
  token: string,
  saved: SavedWork | undefined,
): Promise<void> {
  const pending =
    saved?.source.kind === "served" &&
    Object.keys(changedFiles(saved.baseline, saved.files)).length > 0
      ? saved
      : null;
  if (!pending) return openServed(editor, token, { unlessOpened: true });
  let served: ServedRepository;
  try {
    served = await serveApi(token).readFiles();
  } catch {
    // the server cannot say which repository it serves: offer the work, saving still checks it
    editor.store.getState().offerRestore(pending);
    return;
  }
  if (pending.source.root === undefined || pending.source.root === served.root) {
    editor.store.getState().offerRestore(pending);
    return;
  }
  openFrom(editor, served);
  editor.store.getState().notify({
    tone: "info",
    title: `Opened ${served.root}.`,
    lines: [
      `Unsaved work on ${pending.source.root} is kept in this browser until you change something here; serve that folder again to get it back.`,
    ],
  });
  editor.startAutosave();
}

/** Opens the repository `karma serve` serves; its files become the baseline. */
export async function openServed(
  editor: Editor,
  token: string,
  { unlessOpened = false } = {},
): Promise<void> {
  const { store } = editor;
  try {
    const served = await serveApi(token).readFiles();
    if (unlessOpened && store.getState().source !== null) return;
    openFrom(editor, served);
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

function openFrom(editor: Editor, { root, files, problems, repositories }: ServedRepository): void {
  const { store } = editor;
  const name = servedName(root);
  // under --with the files of the others are under ../<name>/; the server names the served one
  const repository = repositories?.[0]?.name;
  openRepository(store, files, {
    kind: "served",
    name,
    root,
    ...(repository === undefined ? {} : { repository }),
  });
  if (problems.length > 0) {
    store.getState().notify({
      tone: "error",
      title: `Opened ${name}; ${problems.length} file${problems.length === 1 ? " was" : "s were"} left out:`,
      lines: problems,
    });
  }
}
