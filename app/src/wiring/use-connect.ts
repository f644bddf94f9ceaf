import type {
  Connection,
  EdgeChange,
  FinalConnectionState,
  IsValidConnection,
  OnConnectStart,
} from "@xyflow/react";
import { useCallback, useMemo } from "react";
import type { FlowEdge } from "../canvas/flow-types.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { nodeUnder } from "./node-under.ts";
import { makeConnection, orientConnection } from "./wire.ts";

/**
 * Wiring on the canvas. Edges run from the dependency (source, right handle) to the dependent
 * (target, left handle), so a new connection makes its target depend on its source, whichever
 * end the user started from, unless only the reverse is allowed (see orientConnection).
 * Dropping on a component's card, not just its handle, works too.
 * Also keeps edge selection in the store, so Delete can clear the references.
 *
 * @example
 * const wiring = useConnect(edges);
 * <ReactFlow edges={wiring.edges} {...wiring.props} />
 */
export function useConnect(edges: FlowEdge[]) {
  const store = useEditorApi();
  const selectedEdges = useEditor((state) => state.selectedEdges);

  const isValidConnection: IsValidConnection<FlowEdge> = useCallback(
    (connection) =>
      orientConnection(store.getState(), connection.target, connection.source).checked.ok,
    [store],
  );

  const refuse = useCallback(
    (reason: string) =>
      store.getState().notify({ tone: "error", title: "Not connected.", lines: [reason] }),
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const { dependent, provider } = orientConnection(
        store.getState(),
        connection.target,
        connection.source,
      );
      const refused = makeConnection(store, dependent, provider);
      if (refused) refuse(refused);
    },
    [store, refuse],
  );

  const onConnectStart: OnConnectStart = useCallback(
    (_event, { nodeId, handleType }) => {
      if (nodeId && handleType) store.getState().setConnecting({ nodeId, handleType });
    },
    [store],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      const start = store.getState().connecting;
      store.getState().setConnecting(null);
      if (!start || connection.isValid) return;
      const point = pointOf(event);
      const other = connection.toNode?.id ?? (point ? nodeUnder(point) : null);
      if (!other || other === start.nodeId) return;
      const [target, source] =
        start.handleType === "source" ? [other, start.nodeId] : [start.nodeId, other];
      // dropped on a card: connect as if on its handle; on an invalid handle: say why not
      const { dependent, provider } = orientConnection(store.getState(), target, source);
      const refused = makeConnection(store, dependent, provider);
      if (refused) refuse(refused);
    },
    [store, refuse],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const state = store.getState();
      const next = new Set(state.selectedEdges);
      for (const change of changes) {
        if (change.type !== "select") continue;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (
        next.size !== state.selectedEdges.length ||
        [...next].some((id) => !state.selectedEdges.includes(id))
      ) {
        state.selectEdges([...next]);
      }
    },
    [store],
  );

  const shown = useMemo(() => {
    if (selectedEdges.length === 0) return edges;
    const selected = new Set(selectedEdges);
    return edges.map((edge) => (selected.has(edge.id) ? { ...edge, selected: true } : edge));
  }, [edges, selectedEdges]);

  const props = useMemo(
    () => ({
      nodesConnectable: true,
      isValidConnection,
      onConnect,
      onConnectStart,
      onConnectEnd,
      onEdgesChange,
    }),
    [isValidConnection, onConnect, onConnectStart, onConnectEnd, onEdgesChange],
  );
  return { edges: shown, props };
}

function pointOf(event: MouseEvent | TouchEvent): { clientX: number; clientY: number } | null {
  return "changedTouches" in event ? (event.changedTouches[0] ?? null) : event;
}
