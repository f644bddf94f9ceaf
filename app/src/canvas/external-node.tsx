import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo, useRef } from "react";
import { useNodeLineage } from "../lineage/use-lineage.ts";
import type { ExternalFlowNode } from "./flow-types.ts";
import { TypeIcon } from "./type-icon.tsx";
import { useNodeView } from "./use-node-view.ts";

/**
 * A reference that no component of this environment resolves: it may be deployed from
 * elsewhere, so it is drawn as a ghost rather than left out.
 */
export const ExternalNode = memo(function ExternalNode({ id }: NodeProps<ExternalFlowNode>) {
  const view = useNodeView(id);
  const card = useRef<HTMLDivElement>(null);
  const lineage = useNodeLineage(id, card);
  const where = view.foundInEnv ? `defined in ${view.foundInEnv}` : "not in this repository";
  return (
    <div
      className="node-card node-external"
      data-plan={view.plan}
      data-issues={view.errors + view.warnings}
      ref={card}
      data-lineage={lineage ?? undefined}
      title={`${view.type}/${view.nickname}: external, ${where}`}
    >
      <TypeIcon type={view.type} />
      <span className="node-text">
        <span className="node-type">{view.type} · external</span>
        <span className="node-nickname">{view.nickname}</span>
        <span className="node-note">{where}</span>
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
