import { parseComponentId } from "@karma/core";
import type { NodeProps } from "@xyflow/react";
import { memo, useState } from "react";
import type { UnmanagedFlowNode } from "../canvas/flow-types.ts";
import { TypeIcon, typeColor } from "../canvas/type-icon.tsx";
import { adoptionProblem } from "../commands/adopt-component.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { adoptUnmanaged } from "./adopt-unmanaged.ts";
import "./runtime.css";

/**
 * A component the snapshot says is deployed but the repository lacks: a ghost with an "Adopt"
 * button that writes its deployed config into the repository.
 */
export const UnmanagedNode = memo(function UnmanagedNode({ id }: NodeProps<UnmanagedFlowNode>) {
  const store = useEditorApi();
  const problem = useEditor((state) => adoptionProblem(state, id));
  const { type, nickname } = parseComponentId(id) ?? { type: "", nickname: id };
  const [error, setError] = useState<string | null>(null);
  return (
    <div
      className="node-card node-unmanaged"
      style={{ "--type-color": typeColor(type) } as React.CSSProperties}
      data-drift="unmanaged"
      title={`${id}: deployed, not in the repository${problem ? ` (${problem})` : ""}`}
    >
      <TypeIcon type={type} />
      <span className="node-text">
        <span className="node-type">{type} · unmanaged</span>
        <span className="node-nickname">{nickname}</span>
        {error ? <span className="node-note">{error}</span> : null}
      </span>
      <button
        type="button"
        className="button adopt-button nodrag"
        aria-label={`Adopt ${id}`}
        title={problem ?? `Add ${id} to the repository from its deployed config`}
        disabled={problem !== null}
        onClick={(event) => {
          event.stopPropagation();
          setError(adoptUnmanaged(store, id));
        }}
      >
        Adopt
      </button>
    </div>
  );
});
