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
import { groupEdgesOf } from "./group-layout.ts";

const noNodes: FlowNode[] = [];
const noEdges: FlowEdge[] = [];

export const selectGroupLineage = (state: EditorStore) =>
  groupLineageOf(selectGroupedView(state), lineageOf(selectGraph(state), state.selection));

/** The type group nodes of a grouped graph; none otherwise. */
export function selectGroupNodes(state: EditorStore): FlowNode[] {
  if (selectCanvasMode(state) !== "grouped") return noNodes;
  return groupNodesOf(selectGroupedView(state), selectGroupLineage(state));
}

/** The counted edges to and from collapsed groups; none otherwise. */
export function selectGroupEdges(state: EditorStore): FlowEdge[] {
  if (selectCanvasMode(state) !== "grouped") return noEdges;
  return groupFlowEdgesOf(groupEdgesOf(selectFilteredGraph(state), selectGroupedView(state)));
}
