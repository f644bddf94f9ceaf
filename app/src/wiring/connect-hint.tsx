import { useConnection } from "@xyflow/react";
import { useEditor } from "../store/editor-context.tsx";
import { connectTargetOf } from "./use-connect-target.ts";
import "./wiring.css";

/**
 * While a connection is dragged: what it will do, or why the component under the pointer
 * cannot take it. Rendered inside <ReactFlow>.
 */
export function ConnectHint() {
  const connection = useConnection();
  const start = useEditor((state) => state.connecting);
  const target = useEditor((state) =>
    connection.toNode ? connectTargetOf(state, connection.toNode.id) : null,
  );
  if (!start || !connection.inProgress) return null;
  const from = start.nodeId;
  const text = target
    ? target.ok
      ? start.handleType === "source"
        ? `${connection.toNode?.id} will depend on ${from}`
        : `${from} will depend on ${connection.toNode?.id}`
      : target.reason
    : start.handleType === "source"
      ? `Drop on a component that should depend on ${from}`
      : `Drop on a component ${from} should depend on`;
  return (
    <div
      className="connect-hint"
      role="status"
      data-testid="connect-hint"
      data-valid={target ? String(target.ok) : undefined}
    >
      {text}
    </div>
  );
}
