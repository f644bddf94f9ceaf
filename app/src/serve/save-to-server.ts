import { workspaceIssueFile } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { describeError } from "../actions/describe-error.ts";
import type { EditorState, SaveConflict } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import {
  selectChangedFiles,
  selectEditPlan,
  selectExportCheck,
  selectRepositories,
} from "../store/selectors.ts";
import { commitMessageOf } from "./commit-message.ts";
import { offerToCommit } from "./offer-to-commit.ts";
import { serveApi } from "./serve-api.ts";
import { servedToken } from "./served-token.ts";

/** True when the open repository is the one `karma serve` serves to this page: "Save" it. */
export function isServed(state: Pick<EditorState, "source">): boolean {
  return state.source?.kind === "served" && servedToken() !== null;
}

// one save at a time per editor: a second click while saving would send the same versions
const saving = new WeakSet<StoreApi<EditorStore>>();

/**
 * "Save": writes the changed files through `karma serve`, each checked against the version it
 * was read at. A conflict writes nothing and keeps the work; after a save the written files are
 * the new baseline, and a commit of exactly them is offered. `overwrite`: conflicts the user
 * chose to overwrite, each only as it was seen.
 */
export async function saveToServer(
  store: StoreApi<EditorStore>,
  overwrite: SaveConflict[] = [],
): Promise<void> {
  const token = servedToken();
  const state = store.getState();
  if (token === null || saving.has(store)) return;
  if (selectExportCheck(state).blocking.length > 0) {
    state.setDialog("export");
    return;
  }
  const files = state.files;
  const changes = selectChangedFiles(state);
  const paths = Object.keys(changes);
  if (paths.length === 0) {
    state.notify({
      tone: "info",
      title: "Nothing to save: no file has changed since it was read.",
    });
    return;
  }
  saving.add(store);
  try {
    const seen = Object.fromEntries(
      overwrite
        .filter((conflict) => Object.hasOwn(changes, conflict.path))
        .map((conflict) => [conflict.path, conflict.actual]),
    );
    const result = await serveApi(token).save(changes, state.baseline, seen);
    const now = store.getState();
    now.setSaveConflicts(result.kind === "conflict" ? result.conflicts : null);
    if (result.kind === "saved") {
      now.markWritten(files);
      now.notify({
        tone: "success",
        title: `Saved ${paths.length} file${paths.length === 1 ? "" : "s"}.`,
        // beside other repositories, <repository>/<path>
        lines: paths.map((path) =>
          workspaceIssueFile(selectRepositories(state).repositories, path),
        ),
      });
      // a commit is offered in the served repository: the files saved into the others (under
      // ../<name>/ with --with) are committed in theirs by hand
      const own = paths.filter((path) => !path.startsWith("../"));
      if (own.length > 0)
        void offerToCommit(store, token, own, commitMessageOf(selectEditPlan(state), own));
    } else if (result.kind === "conflict") {
      const conflicted = result.conflicts.map((conflict) =>
        conflict.actual === null
          ? `${conflict.path} was deleted on disk`
          : `${conflict.path} changed on disk since it was read`,
      );
      now.notify({
        tone: "error",
        title: "Not saved: files changed on disk. Nothing was written; your work is still here.",
        lines: conflicted,
      });
    } else {
      now.notify({
        tone: "error",
        title: "Not saved: the server refused the changes. Your work is still here.",
        lines: [result.message, ...result.paths.map(({ path, message }) => `${path}: ${message}`)],
      });
    }
  } catch (error) {
    store.getState().notify({
      tone: "error",
      title: "Not saved: karma serve could not be reached. Your work is still here.",
      lines: [describeError(error)],
    });
  } finally {
    saving.delete(store);
  }
}
