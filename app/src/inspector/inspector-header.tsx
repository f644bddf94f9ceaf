import { TypeIcon } from "../canvas/type-icon.tsx";
import type { NodeView } from "../model/node-views.ts";
import { useEditorApi } from "../store/editor-context.tsx";
import { CloseButton } from "../ui/close-button.tsx";
import { requestDelete } from "./delete-components.ts";
import { NicknameInput } from "./nickname-input.tsx";

/** Type icon, type and (editable) nickname of the inspected component, with Delete and Close. */
export function InspectorHeader({ view }: { view: NodeView }) {
  const store = useEditorApi();
  // an external node or the ghost of a deleted component has no file to rename or delete
  const readOnly = view.external || view.plan === "delete";
  return (
    <div className="panel-header inspector-header">
      {readOnly ? (
        <h2 className="details-title">
          <TypeIcon type={view.type} />
          <span className="details-name">
            <span className="node-type">{view.type}</span>
            <span className="details-nickname">{view.nickname}</span>
          </span>
        </h2>
      ) : (
        <div className="details-title">
          <TypeIcon type={view.type} />
          <span className="details-name">
            <span className="node-type">{view.type}</span>
            <NicknameInput id={view.id} nickname={view.nickname} />
          </span>
        </div>
      )}
      <div className="inspector-header-actions">
        {readOnly ? null : (
          <button
            type="button"
            className="button button-small button-danger"
            aria-label={`Delete ${view.id}`}
            onClick={() => requestDelete(store, [view.id])}
          >
            Delete
          </button>
        )}
        <CloseButton label="Close details" onClose={() => store.getState().select(null)} />
      </div>
    </div>
  );
}
