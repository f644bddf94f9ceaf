import type { SlotsResult } from "@karma/core";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditor } from "../store/editor-context.tsx";
import { orientConnection } from "./wire.ts";

/** Whether a connection being dragged may end on component `id`; null when none is dragged. */
export function connectTargetOf(state: EditorStore, id: string): SlotsResult | null {
  const start = state.connecting;
  if (!start || start.nodeId === id) return null;
  const [dependent, provider] =
    start.handleType === "source" ? [id, start.nodeId] : [start.nodeId, id];
  return orientConnection(state, dependent, provider).checked;
}

/**
 * For a canvas node: whether the connection being dragged may end on it, and why not.
 *
 * @example
 * const target = useConnectTarget(id);
 * <div data-connectable={target ? String(target.ok) : undefined} />
 */
export function useConnectTarget(id: string): SlotsResult | null {
  return useEditor((state) => connectTargetOf(state, id));
}
