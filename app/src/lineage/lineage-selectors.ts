import { type Lineage, lineageOf } from "../model/derive.ts";
import type { EditorState } from "../state/editor-state.ts";
import { selectGraph } from "../store/selectors.ts";

/**
 * Lineage of every node relative to the selection, computed once per selection (closures in
 * core); null while nothing is selected. Nodes and edges read their own entry by id, so a new
 * selection re-renders only the cards on screen whose lineage changed.
 */
export const selectLineage = (state: EditorState): Map<string, Lineage> | null =>
  lineageOf(selectGraph(state), state.selection);

/** One node's lineage: absent (null) while nothing is selected, `none` when unrelated. */
export function nodeLineage(state: EditorState, id: string): Lineage | null {
  const lineage = selectLineage(state);
  return lineage === null ? null : (lineage.get(id) ?? "none");
}

export type EdgeLineage = "upstream" | "downstream" | "none";

/** An edge is on the lineage when both ends are, on the same side of the selection. */
export function edgeLineage(
  state: EditorState,
  dependent: string,
  dependency: string,
): EdgeLineage | null {
  const lineage = selectLineage(state);
  if (lineage === null) return null;
  const from = lineage.get(dependent) ?? "none";
  const to = lineage.get(dependency) ?? "none";
  if ((from === "self" || from === "upstream") && to === "upstream") return "upstream";
  if ((to === "self" || to === "downstream") && from === "downstream") return "downstream";
  return "none";
}
