import { exportZip } from "../actions/export-changes.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { Dialog } from "../ui/dialog.tsx";
import { saveToServer } from "./save-to-server.ts";

/**
 * After a save found files changed on disk: nothing was written. The user keeps editing,
 * downloads their changes, or overwrites the files as they are on disk now.
 */
export function SaveConflictDialog() {
  const store = useEditorApi();
  const conflicts = useEditor((state) => state.saveConflicts);
  if (!conflicts || conflicts.length === 0) return null;
  const close = () => store.getState().setSaveConflicts(null);
  return (
    <Dialog
      title="Not saved: files changed on disk"
      onClose={close}
      testId="save-conflict-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Keep editing
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              close();
              exportZip(store);
            }}
          >
            Download .zip
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void saveToServer(store, conflicts)}
          >
            Overwrite on disk
          </button>
        </>
      }
    >
      <p>
        Nothing was written: these files changed on disk since Karma read them. Your edits are still
        here.
      </p>
      <ul className="changed-files" aria-label="Files changed on disk">
        {conflicts.map((conflict) => (
          <li key={conflict.path}>
            <span className="mono">{conflict.path}</span>
            {conflict.actual === null ? " (deleted on disk)" : null}
          </li>
        ))}
      </ul>
      <p className="muted">
        Overwrite on disk replaces those files with your version; changes made on disk to them are
        lost.
      </p>
    </Dialog>
  );
}
