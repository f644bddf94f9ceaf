import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { Dialog } from "../ui/dialog.tsx";
import { makeConnection } from "./wire.ts";

/** When a connection fits several keys of the dependent, the user picks the one to write. */
export function SlotChooser() {
  const store = useEditorApi();
  const pending = useEditor((state) => state.pendingConnection);
  if (!pending) return null;
  const close = () => store.getState().setPendingConnection(null);
  return (
    <Dialog
      title={`Connect ${pending.dependent} to ${pending.provider}`}
      onClose={close}
      testId="slot-chooser"
      actions={
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      }
    >
      <p>Several keys of {pending.dependent} can reference it. Choose one:</p>
      <ul className="slot-list">
        {pending.slots.map((slot) => (
          <li key={slot.key}>
            <button
              type="button"
              className="button slot-option"
              onClick={() => {
                close();
                const refused = makeConnection(store, pending.dependent, pending.provider, slot);
                if (refused) {
                  store
                    .getState()
                    .notify({ tone: "error", title: "Not connected.", lines: [refused] });
                }
              }}
            >
              <span className="mono">{slot.key}</span>
              {slot.current ? <span className="slot-current">now {slot.current}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
