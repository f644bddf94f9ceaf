import type { StoreApi } from "zustand/vanilla";
import { writeDirectory } from "../export/write-directory.ts";
import { download, zipChanges } from "../export/write-zip.ts";
import { canWrite } from "../open/file-system-access.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectChangedFiles, selectExportCheck } from "../store/selectors.ts";
import { describeError } from "./describe-error.ts";

/**
 * The Export button: refused while the change has errors (the dialog lists them), a note when
 * nothing changed (nothing is written), else the dialog with the files that would be written.
 */
export function startExport(store: StoreApi<EditorStore>): void {
  const state = store.getState();
  const { blocking } = selectExportCheck(state);
  const changes = Object.keys(selectChangedFiles(state));
  if (blocking.length === 0 && changes.length === 0) {
    state.notify({
      tone: "info",
      title: "Nothing to export: no file has changed since the repository was opened.",
    });
    return;
  }
  state.setDialog("export");
}

export function exportZip(store: StoreApi<EditorStore>): void {
  const state = store.getState();
  const changes = selectChangedFiles(state);
  const paths = Object.keys(changes);
  const deleted = paths.filter((path) => changes[path] === null);
  const name = `${(state.source?.name ?? "karma").replace(/[^\w.-]+/g, "-")}-changes.zip`;
  download(zipChanges(changes), name);
  state.setDialog(null);
  state.notify({
    tone: "success",
    title: `Downloaded ${name} with ${paths.length - deleted.length} changed file${paths.length - deleted.length === 1 ? "" : "s"}.`,
    lines: deleted.map((path) => `Delete by hand (a zip cannot delete): ${path}`),
  });
}

export async function exportToFolder(store: StoreApi<EditorStore>): Promise<void> {
  const state = store.getState();
  const handle = state.source?.handle;
  if (!handle) return;
  const files = state.files;
  const changes = selectChangedFiles(state);
  try {
    if (!(await canWrite(handle))) {
      state.notify({
        tone: "error",
        title: `No permission to write to ${handle.name}; nothing was written.`,
        lines: ["Allow editing when the browser asks, or download a .zip instead."],
      });
      return;
    }
    const outcome = await writeDirectory(handle, changes, state.baseline);
    if (outcome.conflicts.length > 0) {
      state.notify({
        tone: "error",
        title: "These files changed on disk since they were opened; nothing was written:",
        lines: [...outcome.conflicts, "Download a .zip instead, or reopen the folder."],
      });
      return;
    }
    store.getState().markWritten(files);
    store.getState().setDialog(null);
    store.getState().notify({
      tone: "success",
      title: `Wrote ${outcome.written.length} file${outcome.written.length === 1 ? "" : "s"} to ${handle.name}.`,
      lines: outcome.written,
    });
  } catch (error) {
    store.getState().notify({
      tone: "error",
      title: `Writing to ${handle.name} failed; your work is still here (and in this browser).`,
      lines: [
        describeError(error),
        "Some files may have been written; download a .zip to be safe.",
      ],
    });
  }
}
