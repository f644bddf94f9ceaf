import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo, useRef } from "react";
import { useNodeLineage } from "../lineage/use-lineage.ts";
import { PlanBadge } from "../plan/plan-badge.tsx";
import { useConsequence } from "../plan/use-consequence.ts";
import { useConnectTarget } from "../wiring/use-connect-target.ts";
import type { ComponentFlowNode } from "./flow-types.ts";
import { IssueBadge } from "./issue-badge.tsx";
import { RepositoryBadge } from "./repository-badge.tsx";
import { TypeIcon, typeColor } from "./type-icon.tsx";
import { useNodeView } from "./use-node-view.ts";

/**
 * A component of the repository: type icon, type, nickname, issue badge, and its repository
 * when the workspace has several.
 */
export const ComponentNode = memo(function ComponentNode({ id }: NodeProps<ComponentFlowNode>) {
  const view = useNodeView(id);
  const card = useRef<HTMLDivElement>(null);
  const lineage = useNodeLineage(id, card);
  const consequence = useConsequence(id);
  // while a connection is dragged: whether it may end here, and why not
  const target = useConnectTarget(id);
  return (
    <div
      className={`node-card plan-${view.plan}`}
      style={{ "--type-color": typeColor(view.type) } as React.CSSProperties}
      data-plan={view.plan}
      data-issues={view.errors + view.warnings}
      ref={card}
      data-lineage={lineage ?? undefined}
      data-consequence={consequence ? "true" : undefined}
      data-connectable={target ? String(target.ok) : undefined}
      title={target && !target.ok ? target.reason : `${view.type}/${view.nickname}`}
    >
      <Handle type="target" position={Position.Left} />
      <TypeIcon type={view.type} />
      <span className="node-text">
        <span className="node-type">{view.type}</span>
        <span className="node-nickname">{view.nickname}</span>
      </span>
      <PlanBadge plan={view.plan} consequence={consequence} />
      <IssueBadge errors={view.errors} warnings={view.warnings} />
      {view.repo === null ? null : <RepositoryBadge repo={view.repo} />}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
