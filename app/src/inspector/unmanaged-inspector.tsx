import { parseComponentId } from "@karma/core";
import { TypeIcon } from "../canvas/type-icon.tsx";
import { RuntimeTab } from "../runtime/runtime-tab.tsx";
import { useEditorApi } from "../store/editor-context.tsx";
import { CloseButton } from "../ui/close-button.tsx";

/** A deployed component the repository lacks: what the snapshot holds, and Adopt. */
export function UnmanagedInspector({ id }: { id: string }) {
  const store = useEditorApi();
  const { type, nickname } = parseComponentId(id) ?? { type: "", nickname: id };
  return (
    <aside
      className="side-panel details-panel inspector"
      data-testid="inspector"
      aria-label={`Details of ${id}`}
    >
      <div className="panel-header inspector-header">
        <h2 className="details-title">
          <TypeIcon type={type} />
          <span className="details-name">
            <span className="node-type">{type} · unmanaged</span>
            <span className="details-nickname">{nickname}</span>
          </span>
        </h2>
        <CloseButton label="Close details" onClose={() => store.getState().select(null)} />
      </div>
      <p className="inspector-note">
        Deployed (the imported snapshot holds it) but not in the repository.
      </p>
      <RuntimeTab id={id} />
    </aside>
  );
}
