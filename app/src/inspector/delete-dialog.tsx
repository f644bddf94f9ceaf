import { useState } from "react";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectGraph } from "../store/selectors.ts";
import { Dialog } from "../ui/dialog.tsx";
import { confirmDelete, dependentsOf } from "./delete-components.ts";

/** Confirms a requested deletion, listing the components that reference what is deleted. */
export function DeleteDialog() {
  const ids = useEditor((state) => state.deleteRequest);
  return ids ? <DeleteConfirmation ids={ids} /> : null;
}

function DeleteConfirmation({ ids }: { ids: string[] }) {
  const store = useEditorApi();
  const graph = useEditor(selectGraph);
  const [error, setError] = useState<string | null>(null);
  const dependents = dependentsOf(graph, ids);
  const close = () => store.getState().setDeleteRequest(null);
  const what = ids.length === 1 ? ids[0] : `${ids.length} components`;
  return (
    <Dialog
      title={`Delete ${what}?`}
      testId="delete-dialog"
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => setError(confirmDelete(store))}
          >
            Delete
          </button>
        </>
      }
    >
      {ids.length > 1 ? (
        <ul className="delete-list">
          {ids.map((id) => (
            <li key={id} className="mono">
              {id}
            </li>
          ))}
        </ul>
      ) : null}
      {dependents.length > 0 ? (
        <>
          <p>
            {dependents.length === 1 ? "This component references" : "These components reference"}{" "}
            {ids.length === 1 ? "it" : "them"}; their references will show as missing until you
            point them elsewhere:
          </p>
          <ul className="delete-list" aria-label="Components that reference it">
            {dependents.map((id) => (
              <li key={id} className="mono" data-dependent={id}>
                {id}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No component references {ids.length === 1 ? "it" : "them"}.</p>
      )}
      <p className="muted">The config file is removed from the export; Undo brings it back.</p>
      {error ? <p className="field-problem field-problem-error">{error}</p> : null}
    </Dialog>
  );
}
