import { useConnection } from "@xyflow/react";
import { useEffect, useState } from "react";
import { useEditor } from "../store/editor-context.tsx";
import { previewConnection } from "./connection-preview.ts";
import { nodeUnder } from "./node-under.ts";
import "./wiring.css";

/**
 * While a connection is dragged: the exact key the drop will write, or why the component under
 * the pointer cannot take it. Rendered inside <ReactFlow>.
 */
export function ConnectHint() {
  const connection = useConnection();
  const start = useEditor((state) => state.connecting);
  // over a card, not only its handle: a drop there connects too (use-connect.ts)
  const [card, setCard] = useState<string | null>(null);
  const dragging = Boolean(start) && connection.inProgress;
  useEffect(() => {
    if (!dragging) return;
    const follow = (event: PointerEvent) => setCard(nodeUnder(event));
    document.addEventListener("pointermove", follow);
    return () => {
      document.removeEventListener("pointermove", follow);
      setCard(null);
    };
  }, [dragging]);
  const over = connection.toNode?.id ?? card;
  // primitives only: a fresh object from a selector would render without end
  const text = useEditor((state) => (over ? previewConnection(state, over)?.text : undefined));
  const valid = useEditor((state) => (over ? previewConnection(state, over)?.ok : undefined));
  if (!start || !connection.inProgress) return null;
  return (
    <div
      className="connect-hint"
      role="status"
      data-testid="connect-hint"
      data-valid={valid === undefined ? undefined : String(valid)}
    >
      {text ??
        `Drop on the component that should reference ${start.nodeId}, or that it should reference`}
    </div>
  );
}
