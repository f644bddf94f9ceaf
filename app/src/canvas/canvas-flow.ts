import { withGroupEdges, withGroupNodes } from "../large-graph/group-flow.ts";
import { selectGroupEdges, selectGroupNodes } from "../large-graph/group-selectors.ts";
import { selectCanvasBasePositions, selectCanvasShownPositions } from "../plan/plan-selectors.ts";
import { createRuntimeNodes } from "../runtime/runtime-nodes.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectCanvasGraph, selectNodeViews } from "../store/selectors.ts";
import { createFlowAdapter, selectRoutes } from "./flow-adapter.ts";
import type { FlowEdge, FlowNode } from "./flow-types.ts";
import { viewGraph, viewPositions } from "./view-pipeline.ts";

/**
 * What a canvas draws for a state, memoised per canvas: the same state gives the same arrays,
 * so the canvas's render and what frames the view before that render (fit-on-request.tsx)
 * share one derivation.
 */
export interface CanvasFlow {
  /** Every placed node: type groups behind the components, and the runtime's ghosts. */
  nodes(state: EditorStore): FlowNode[];
  /** The edges between them, and counted edges to collapsed groups. */
  edges(state: EditorStore): FlowEdge[];
}

export function createCanvasFlow(): CanvasFlow {
  const adapter = createFlowAdapter();
  const runtime = createRuntimeNodes();
  return {
    nodes: (state) =>
      withGroupNodes(
        selectGroupNodes(state),
        runtime.withDrift(
          adapter.nodes(
            viewGraph(state, selectCanvasGraph(state)),
            viewPositions(state, selectCanvasShownPositions(state)),
            selectNodeViews(state),
            state.sizes,
            state.selection,
            state.alsoSelected,
          ),
          state,
        ),
      ),
    edges: (state) =>
      withGroupEdges(
        selectGroupEdges(state),
        // edges depend on which nodes are placed, not on where: a drag leaves them alone
        adapter.edges(
          viewGraph(state, selectCanvasGraph(state)),
          viewPositions(state, selectCanvasBasePositions(state)),
          selectNodeViews(state),
          selectRoutes(state),
        ),
      ),
  };
}
