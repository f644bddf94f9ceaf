import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { Dialog } from "../ui/dialog.tsx";
import { shortcutActions } from "./editor-actions.ts";
import "./shortcuts-sheet.css";

/** Gestures that are not actions of the registry, listed after the keys. */
const gestures = [
  ["Drag a palette entry onto the canvas", "Add a component there"],
  ["Enter on a palette entry", "Add a component at the centre"],
  [
    "Drag between two components' handles",
    "The dependent references the provider: edges run from the provider (left) to the dependent (right)",
  ],
  ["Ctrl/Cmd+click, Shift+drag", "Select several components"],
] as const;

/** Every keyboard shortcut, read from the actions registry (opened with `?`). */
export function ShortcutsSheet() {
  const store = useEditorApi();
  const open = useEditor((state) => state.dialog === "shortcuts");
  if (!open) return null;
  const close = () => store.getState().setDialog(null);
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={close}
      testId="shortcuts-sheet"
      actions={
        <button type="button" className="button button-primary" onClick={close}>
          Close
        </button>
      }
    >
      <table className="shortcuts-table">
        <tbody>
          {shortcutActions
            .filter((action) => action.kbd)
            .map((action) => (
              <tr key={action.id} data-action={action.id}>
                <td>
                  <kbd>{action.kbd}</kbd>
                </td>
                <td>{action.label}</td>
              </tr>
            ))}
          {gestures.map(([gesture, effect]) => (
            <tr key={gesture}>
              <td>{gesture}</td>
              <td>{effect}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-note">On a Mac, Cmd works wherever Ctrl is shown.</p>
    </Dialog>
  );
}
