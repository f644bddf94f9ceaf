import type { FlowEdge, FlowNode } from "../canvas/flow-types.ts";
import {
  selectCanvasMode,
  selectFilteredGraph,
  selectGroupedView,
} from "../canvas/view-pipeline.ts";
import { lineageOf } from "../model/derive.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectGraph } from "../store/selectors.ts";
import { groupFlowEdgesOf, groupLineageOf, groupNodesOf } from "./group-flow.ts";
import { groupEdgesOf, shownGroupEdges } from "./group-layout.ts";

const noNodes: FlowNode[] = [];
const noEdges: FlowEdge[] = [];

export const selectGroupLineage = (state: EditorStore) =>
  groupLineageOf(selectGroupedView(state), lineageOf(selectGraph(state), state.selection));

/** The type group nodes of a grouped graph; none otherwise. */
export function selectGroupNodes(state: EditorStore): FlowNode[] {
  if (selectCanvasMode(state) !== "grouped") return noNodes;
  return groupNodesOf(selectGroupedView(state), selectGroupLineage(state));
}

/** The counted edges to and from collapsed groups (those worth drawing); none otherwise. */
export function selectGroupEdges(state: EditorStore): FlowEdge[] {
  if (selectCanvasMode(state) !== "grouped") return noEdges;
  const view = selectGroupedView(state);
  return groupFlowEdgesOf(
    shownGroupEdges(groupEdgesOf(selectFilteredGraph(state), view), view, state.selection),
  );
}

/** How many links between groups are not drawn (shownGroupEdges), 0 when all are. */
export function selectHiddenGroupEdges(state: EditorStore): number {
  if (selectCanvasMode(state) !== "grouped") return 0;
  const view = selectGroupedView(state);
  const all = groupEdgesOf(selectFilteredGraph(state), view);
  return all.length - shownGroupEdges(all, view, state.selection).length;
}
