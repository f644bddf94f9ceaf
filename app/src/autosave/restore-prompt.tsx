import { changedFiles } from "../model/repository-files.ts";
import { useEditor, useEditorServices } from "../store/editor-context.tsx";
import { Dialog } from "../ui/dialog.tsx";
import { discardWork, restoreWork } from "./restore-work.ts";

/** After a reload: the work kept in this browser is offered back before anything replaces it. */
export function RestorePrompt() {
  const editor = useEditorServices();
  const saved = useEditor((state) => state.restoreOffer);
  if (!saved) return null;
  const changed = Object.keys(changedFiles(saved.baseline, saved.files)).length;
  const when = new Date(saved.savedAt).toLocaleString();
  return (
    <Dialog
      title="Restore your work?"
      onClose={() => restoreWork(editor, saved)}
      testId="restore-prompt"
      actions={
        <>
          <button type="button" className="button" onClick={() => void discardWork(editor)}>
            Discard
          </button>
          <button
            type="button"
            className="button button-primary"
            data-autofocus
            onClick={() => restoreWork(editor, saved)}
          >
            Restore
          </button>
        </>
      }
    >
      <p>
        This browser kept your work on <strong>{saved.source.name}</strong> from {when}
        {changed > 0
          ? `, with ${changed} changed file${changed === 1 ? "" : "s"} not exported yet.`
          : "."}
      </p>
      <p>Restore it, or discard it and open the sample repository.</p>
    </Dialog>
  );
}
