import { type Graph, type LayoutPositions, lineageSubgraph } from "@karma/core";
import { filterGraph } from "../filters/filter-graph.ts";
import {
  type GroupedView,
  groupDepths,
  groupedView,
  isGroupedGraph,
} from "../large-graph/group-layout.ts";
import { focusLayout } from "../lineage/focus-layout.ts";
import { selectLineage } from "../lineage/lineage-selectors.ts";
import { issueCountsOf, type Lineage } from "../model/derive.ts";
import { memoizeLast } from "../model/memo.ts";
import { filterGraphByDrift } from "../runtime/drift-filter.ts";
import { selectDriftById } from "../runtime/drift-selectors.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectCanvasGraph, selectGraph, selectIssues } from "../store/selectors.ts";

/**
 * What the canvas draws: the environment's graph as saved and laid out ("full"), only the
 * selection's lineage ("focus"), or a large graph grouped by type ("grouped"), each without what
 * the filters leave out. Focus and grouped positions are computed, never saved, and nodes cannot
 * be dragged there: leaving either view finds every saved position unchanged.
 */
export type CanvasMode = "full" | "focus" | "grouped";

/** The canvas graph without what the type, issue and drift filters leave out. */
export const selectFilteredGraph = (state: EditorStore): Graph => {
  const graph = selectCanvasGraph(state);
  return filterGraphByDrift(
    filterGraph(
      graph,
      state.hiddenTypes,
      state.issueFilter,
      issueCountsOf(selectIssues(state), graph.env),
    ),
    state.driftFilter,
    selectDriftById(state),
  );
};

/** The component focus mode centres on: the selection, while focus is on and it is shown. */
export function selectFocusTarget(state: EditorStore): string | null {
  const id = state.selection;
  if (id === null || state.focusDepth === null) return null;
  return selectFilteredGraph(state).nodes.some((node) => node.id === id) ? id : null;
}

export function selectCanvasMode(state: EditorStore): CanvasMode {
  if (selectFocusTarget(state) !== null) return "focus";
  return isGroupedGraph(selectGraph(state)) ? "grouped" : "full";
}

const focusGraphOf = memoizeLast(lineageSubgraph);

/** The shown components of a grouped graph with the edges of the selection's lineage. */
const groupedLineageGraph = memoizeLast(
  (graph: Graph, view: GroupedView, lineage: Map<string, Lineage> | null): Graph => {
    if (lineage === null) return view.shown;
    const onLineage = (id: string) => (lineage.get(id) ?? "none") !== "none";
    return {
      ...view.shown,
      edges: graph.edges.filter(
        (edge) =>
          onLineage(edge.dependent) &&
          onLineage(edge.dependency) &&
          Object.hasOwn(view.positions, edge.dependent) &&
          Object.hasOwn(view.positions, edge.dependency),
      ),
    };
  },
);

export const selectGroupedView = (state: EditorStore): GroupedView =>
  groupedView(selectFilteredGraph(state), state.expandedGroups);

/** `selectGroupedView` in two tasks: the components' depths, then the view. */
export function* groupedViewInSteps(state: EditorStore): Generator<void, void> {
  groupDepths(selectFilteredGraph(state));
  yield;
  selectGroupedView(state);
}

/**
 * The components drawn as nodes of their own, with the edges between them. `canvasGraph` is
 * what the full view draws (`selectCanvasGraph`).
 */
export function viewGraph(state: EditorStore, canvasGraph: Graph): Graph {
  const mode = selectCanvasMode(state);
  if (mode === "focus") {
    return focusGraphOf(selectFilteredGraph(state), state.selection!, state.focusDepth!);
  }
  if (mode === "grouped") {
    return groupedLineageGraph(
      selectFilteredGraph(state),
      selectGroupedView(state),
      selectLineage(state),
    );
  }
  return canvasGraph === selectCanvasGraph(state) ? selectFilteredGraph(state) : canvasGraph;
}

/** Where the drawn nodes are; `positions` are the full view's (saved, automatic, dragged). */
export function viewPositions(state: EditorStore, positions: LayoutPositions): LayoutPositions {
  const mode = selectCanvasMode(state);
  if (mode === "focus") {
    return focusLayout(viewGraph(state, selectCanvasGraph(state)), state.selection!);
  }
  if (mode === "grouped") return selectGroupedView(state).positions;
  return positions;
}

/** How many nodes the canvas draws once everything is placed (groups included). */
export function viewNodeCount(state: EditorStore, canvasGraph: Graph): number {
  const components = viewGraph(state, canvasGraph).nodes.length;
  return selectCanvasMode(state) === "grouped"
    ? components + selectGroupedView(state).groups.length
    : components;
}

/**
 * Whether nodes can be dragged: only in the full view, where positions are saved, and never in
 * a commit the timeline shows.
 */
export const selectViewMovable = (state: EditorStore): boolean =>
  state.shownCommit === null && selectCanvasMode(state) === "full";
