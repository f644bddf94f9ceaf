import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import type { TypeGroupFlowNode } from "../canvas/flow-types.ts";
import { TypeIcon, typeColor } from "../canvas/type-icon.tsx";
import { selectGroupedView } from "../canvas/view-pipeline.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectGroupLineage } from "./group-selectors.ts";
import "./large-graph.css";

/**
 * All components of one type, or of one repository, on a large graph: a count, and a button to
 * show or hide them.
 */
export const TypeGroupNode = memo(function TypeGroupNode({ id }: NodeProps<TypeGroupFlowNode>) {
  const store = useEditorApi();
  const group = useEditor((state) => selectGroupedView(state).groups.find((g) => g.id === id));
  const lineage = useEditor((state) => selectGroupLineage(state)?.get(id));
  if (!group) return null;
  const toggle = () => {
    const expanded = store.getState().expandedGroups;
    store
      .getState()
      .setExpandedGroups(
        group.expanded ? expanded.filter((open) => open !== group.id) : [...expanded, group.id],
      );
  };
  const isRepository = group.by === "repo";
  const label = isRepository ? `repository ${group.name}` : group.name;
  return (
    <div
      className={`type-group${group.expanded ? " type-group-expanded" : ""}${isRepository ? " repo-group" : ""}`}
      style={
        isRepository
          ? undefined
          : ({ "--type-color": typeColor(group.name) } as React.CSSProperties)
      }
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="type-group-header">
        {isRepository ? (
          <span className="repo-group-badge" aria-hidden="true">
            repo
          </span>
        ) : (
          <TypeIcon type={group.name} />
        )}
        <span className="node-text">
          <span className="node-type">{group.name}</span>
          <span className="type-group-count">
            {isRepository ? "repository · " : ""}
            {group.members.length} component{group.members.length === 1 ? "" : "s"}
            {lineage && (lineage.upstream > 0 || lineage.downstream > 0)
              ? ` · ${lineage.upstream} upstream, ${lineage.downstream} downstream`
              : ""}
          </span>
        </span>
        <button
          type="button"
          className="button nodrag"
          aria-expanded={group.expanded}
          aria-label={`${group.expanded ? "Collapse" : "Expand"} ${label}`}
          onClick={(event) => {
            event.stopPropagation();
            toggle();
          }}
        >
          {group.expanded ? "Collapse" : "Expand"}
        </button>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
