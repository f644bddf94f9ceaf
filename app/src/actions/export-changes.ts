import { repositoryPrefix, writeFiles } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import {
  changesByRepository,
  folderOf,
  type RepositoryChanges,
  zipPaths,
} from "../export/repository-changes.ts";
import { writeDirectories } from "../export/write-directory.ts";
import { download, zipChanges } from "../export/write-zip.ts";
import { canWrite } from "../open/file-system-access.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectChangedFiles, selectExportCheck, selectRepositories } from "../store/selectors.ts";
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

/** The changes as a .zip: with several repositories, each one's files under its own top folder. */
export function exportZip(store: StoreApi<EditorStore>): void {
  const state = store.getState();
  const changes = zipPaths(selectRepositories(state).repositories, selectChangedFiles(state));
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

/**
 * Writes the changes back into the opened folder, and into the folder of each other repository
 * of the workspace that was added from a folder here. Changes of a repository without a folder
 * stay unexported: the notice names it, and the dialog stays open with the .zip for them.
 */
export async function exportToFolder(store: StoreApi<EditorStore>): Promise<void> {
  const state = store.getState();
  const handle = state.source?.handle;
  if (!handle) return;
  const files = state.files;
  const { repositories } = selectRepositories(state);
  const several = repositories.length > 1;
  const groups = changesByRepository(repositories, selectChangedFiles(state), state.baseline);
  const folders = groups.flatMap((group) => {
    const root = folderOf(state.source, group);
    return root ? [{ group, root }] : [];
  });
  const missing = groups.filter((group) => !folderOf(state.source, group));
  try {
    for (const { root } of folders) {
      if (!(await canWrite(root))) {
        state.notify({
          tone: "error",
          title: `No permission to write to ${root.name}; nothing was written.`,
          lines: ["Allow editing when the browser asks, or download a .zip instead."],
        });
        return;
      }
    }
    const outcome = await writeDirectories(
      folders.map(({ group, root }) => ({
        root,
        changes: group.changes,
        baseline: group.baseline,
        ...(several ? { name: (path: string) => `${group.name}/${path}` } : {}),
      })),
    );
    if (outcome.conflicts.length > 0) {
      state.notify({
        tone: "error",
        title: "These files changed on disk since they were opened; nothing was written:",
        lines: [...outcome.conflicts, "Download a .zip instead, or reopen the folder."],
      });
      return;
    }
    const written = folders.map(({ group }) => group);
    const now = store.getState();
    now.markWritten(missing.length === 0 ? files : withWritten(state.baseline, files, written));
    const where = folders.map(({ root }) => root.name).join(" and ");
    const count = `${outcome.written.length} file${outcome.written.length === 1 ? "" : "s"}`;
    if (missing.length === 0) {
      now.setDialog(null);
      now.notify({ tone: "success", title: `Wrote ${count} to ${where}.`, lines: outcome.written });
      return;
    }
    const names = missing.map((group) => group.name).join(" and ");
    now.notify({
      tone: "error",
      title: `${folders.length > 0 ? `Wrote ${count} to ${where}; ` : ""}the changes of ${names} could not be written: no folder of ${names} was opened here.`,
      lines: [
        ...outcome.written,
        `Download the .zip for the changes of ${names}, or add ${names} again with Open → Add repository from its folder.`,
      ],
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

/** The baseline once the changes of some repositories are written: theirs are as now. */
function withWritten(
  baseline: Record<string, string>,
  files: Record<string, string>,
  written: readonly RepositoryChanges[],
) {
  const writes: Record<string, string | null> = {};
  for (const group of written) {
    for (const path of Object.keys(group.changes)) {
      const at = `${repositoryPrefix(group.repo)}${path}`;
      writes[at] = Object.hasOwn(files, at) ? files[at]! : null;
    }
  }
  return writeFiles(baseline, writes);
}
