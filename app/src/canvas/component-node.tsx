import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import type { ComponentFlowNode } from "./flow-types.ts";
import { IssueBadge } from "./issue-badge.tsx";
import { TypeIcon, typeColor } from "./type-icon.tsx";
import { useNodeView } from "./use-node-view.ts";

/** A component of the repository: type icon, type, nickname, issue badge. */
export const ComponentNode = memo(function ComponentNode({ id }: NodeProps<ComponentFlowNode>) {
  const view = useNodeView(id);
  return (
    <div
      className={`node-card plan-${view.plan}`}
      style={{ "--type-color": typeColor(view.type) } as React.CSSProperties}
      data-plan={view.plan}
      data-issues={view.errors + view.warnings}
      data-lineage={view.lineage ?? undefined}
      title={`${view.type}/${view.nickname}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <TypeIcon type={view.type} />
      <span className="node-text">
        <span className="node-type">{view.type}</span>
        <span className="node-nickname">{view.nickname}</span>
      </span>
      <IssueBadge errors={view.errors} warnings={view.warnings} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
