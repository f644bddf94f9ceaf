import { workspaceIssueFile } from "@karma/core";
import { exportToFolder, exportZip } from "../actions/export-changes.ts";
import { supportsWritingBack } from "../open/file-system-access.ts";
import { IssueItem } from "../panels/issues-panel.tsx";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectChangedFiles, selectExportCheck, selectRepositories } from "../store/selectors.ts";
import { Dialog } from "../ui/dialog.tsx";
import { changesByRepository, folderOf } from "./repository-changes.ts";

/**
 * Export: refused with the change's errors listed, or a summary of the files to write and where,
 * with the errors the repository already had elsewhere named, not in the way.
 */
export function ExportDialog() {
  const store = useEditorApi();
  const open = useEditor((state) => state.dialog === "export");
  const check = useEditor(selectExportCheck);
  const errors = check.blocking;
  const changes = useEditor(selectChangedFiles);
  const baseline = useEditor((state) => state.baseline);
  const source = useEditor((state) => state.source);
  const { repositories } = useEditor(selectRepositories);
  if (!open) return null;
  const close = () => store.getState().setDialog(null);

  if (errors.length > 0) {
    return (
      <Dialog
        title="Export refused: fix these errors first"
        onClose={close}
        testId="export-dialog"
        actions={
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        }
      >
        <p>
          {errors.length} error{errors.length === 1 ? "" : "s"} in what this change writes or breaks
          must be fixed before it can be exported. Select one to show its component.
        </p>
        <ul className="dialog-issues">
          {errors.map((issue) => (
            <IssueItem
              key={`${issue.file}:${issue.line}:${issue.column}:${issue.code}:${issue.path}`}
              issue={issue}
              onSelected={close}
            />
          ))}
        </ul>
      </Dialog>
    );
  }

  const paths = Object.keys(changes);
  // with several repositories, each one's changes go back to its own folder, if it has one here
  const groups = changesByRepository(repositories, changes, baseline);
  const folders = groups.flatMap((group) => {
    const folder = folderOf(source, group);
    return supportsWritingBack(folder) ? [folder!.name] : [];
  });
  const canWriteBack = supportsWritingBack(source?.handle) && folders.length > 0;
  const noFolder = groups
    .filter((group) => !supportsWritingBack(folderOf(source, group)))
    .map((group) => group.name);
  return (
    <Dialog
      title={`Export ${paths.length} changed file${paths.length === 1 ? "" : "s"}`}
      onClose={close}
      testId="export-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          {canWriteBack ? (
            <button type="button" className="button" onClick={() => void exportToFolder(store)}>
              Write to {folders.join(" and ")}
            </button>
          ) : null}
          <button type="button" className="button button-primary" onClick={() => exportZip(store)}>
            Download .zip
          </button>
        </>
      }
    >
      <p>Only these files are written; every other file stays exactly as it was.</p>
      {check.preExisting.length > 0 ? (
        <details className="dialog-note" data-testid="pre-existing-errors">
          <summary>
            {check.preExisting.length} error{check.preExisting.length === 1 ? "" : "s"} the
            repository already had in files this change leaves alone
          </summary>
          <ul className="dialog-issues">
            {check.preExisting.map((issue) => (
              <IssueItem
                key={`${issue.file}:${issue.line}:${issue.column}:${issue.code}:${issue.path}`}
                issue={issue}
                onSelected={close}
              />
            ))}
          </ul>
        </details>
      ) : null}
      {paths.some((path) => changes[path] === null) ? (
        <p className="dialog-warning" role="note">
          A .zip cannot delete files: after unpacking it, delete the files marked "deleted" from the
          repository yourself.
        </p>
      ) : null}
      {canWriteBack && noFolder.length > 0 ? (
        <p className="dialog-warning" role="note" data-testid="no-folder-note">
          No folder of {noFolder.join(" and ")} was opened here: its changes are only in the .zip.
        </p>
      ) : null}
      <ul className="changed-files" aria-label="Changed files">
        {paths.map((path) => (
          <li key={path}>
            <span className={`change-kind change-${kindOf(path, changes, baseline)}`}>
              {kindOf(path, changes, baseline)}
            </span>
            {/* beside other repositories a file is named <repository>/<path>, as in the .zip */}
            <span className="mono">{workspaceIssueFile(repositories, path)}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

function kindOf(
  path: string,
  changes: Record<string, string | null>,
  baseline: Record<string, string>,
): "new" | "deleted" | "modified" {
  if (changes[path] === null) return "deleted";
  return Object.hasOwn(baseline, path) ? "modified" : "new";
}
