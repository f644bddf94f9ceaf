import type { Graph } from "@karma/core";
import { useCallback } from "react";
import type { StoreApi } from "zustand/vanilla";
import { deleteCommand } from "../commands/delete-components.ts";
import { runCommand } from "../commands/run-command.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditorApi } from "../store/editor-context.tsx";
import { selectGraph } from "../store/selectors.ts";

/** The components outside `ids` whose config references one of `ids`, sorted. */
export function dependentsOf(graph: Graph, ids: readonly string[]): string[] {
  const deleted = new Set(ids);
  const dependents = new Set<string>();
  for (const edge of graph.edges) {
    if (deleted.has(edge.dependency) && !deleted.has(edge.dependent))
      dependents.add(edge.dependent);
  }
  return [...dependents].sort();
}

function shownGraph(state: EditorStore): Graph | null {
  return state.env === null ? null : selectGraph(state);
}

/**
 * Asks the user to confirm deleting components of the shown environment; the dialog lists the
 * components that reference them. External nodes (no file here) are left out; nothing to delete
 * asks nothing.
 */
export function requestDelete(store: StoreApi<EditorStore>, ids: readonly string[]): void {
  const state = store.getState();
  const graph = shownGraph(state);
  if (!graph) return;
  const deletable = ids.filter((id) =>
    graph.nodes.some((node) => node.id === id && !node.external),
  );
  if (deletable.length > 0) state.setDeleteRequest([...new Set(deletable)].sort());
}

/** Deletes the requested components (the delete command). Returns why it could not, or null. */
export function confirmDelete(store: StoreApi<EditorStore>): string | null {
  const ids = store.getState().deleteRequest;
  if (!ids) return null;
  const outcome = runCommand(store, deleteCommand, { ids }, { quiet: true });
  if (!outcome.ok) return outcome.error;
  store.getState().setDeleteRequest(null);
  return null;
}

/**
 * `requestDelete` for the editor in context.
 *
 * @example
 * const requestDelete = useRequestDelete();
 * requestDelete(["vpc/core"]);
 */
export function useRequestDelete(): (ids: readonly string[]) => void {
  const store = useEditorApi();
  return useCallback((ids) => requestDelete(store, ids), [store]);
}
