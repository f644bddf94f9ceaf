import { parseComponentId } from "@karma/core";
import { Background, BackgroundVariant, type NodeChange, ReactFlow, useStore } from "@xyflow/react";
import { useCallback, useEffect, useMemo } from "react";
import { LayoutStatus } from "../layout/layout-status.tsx";
import { CanvasOverlays } from "../lineage/canvas-overlays.tsx";
import { LineageLegend } from "../lineage/lineage-legend.tsx";
import { multiSelectionKeys } from "../lineage/navigation-actions.ts";
import { usePaletteDrop } from "../palette/use-palette-drop.ts";
import { DriftSummary } from "../runtime/drift-summary.tsx";
import { useEditor, useEditorApi, useEditorServices } from "../store/editor-context.tsx";
import { selectCanvasGraph } from "../store/selectors.ts";
import { ConnectHint } from "../wiring/connect-hint.tsx";
import { useConnect } from "../wiring/use-connect.ts";
import { applyNodeChanges } from "./apply-node-changes.ts";
import { createCanvasFlow } from "./canvas-flow.ts";
import { edgeTypes } from "./edge-types.ts";
import { EmptyCanvas } from "./empty-canvas.tsx";
import { FitOnRequest } from "./fit-on-request.tsx";
import type { FlowNode } from "./flow-types.ts";
import { FocusOnSelection } from "./focus-on-selection.tsx";
import { KeepInView } from "./keep-in-view.tsx";
import { nodeTypes } from "./node-types.tsx";
import { OverviewMap } from "./overview-map.tsx";
import { ProgressiveCanvas } from "./progressive.tsx";
import { typeColor } from "./type-icon.tsx";
import { cullAbove, useCulledFlow } from "./use-culled-flow.ts";
import { selectViewMovable, viewNodeCount } from "./view-pipeline.ts";
import { ZoomControls } from "./zoom-controls.tsx";
import { farZoom, fitMinZoom } from "./zoom-levels.ts";

export function Canvas() {
  const store = useEditorApi();
  const flow = useMemo(createCanvasFlow, []);
  const { addWarmer } = useEditorServices();
  // a changed document or new places are derived for the canvas in tasks of their own, before
  // the render that draws them
  useEffect(() => {
    const removers = [addWarmer(flow.nodes), addWarmer(flow.edges)];
    return () => {
      for (const remove of removers) remove();
    };
  }, [addWarmer, flow]);
  const nodes = useEditor(flow.nodes);
  const edges = useEditor(flow.edges);
  const wiring = useConnect(edges);
  // React Flow holds what of a large graph is on and around the screen
  const culled = useCulledFlow(nodes, wiring.edges);
  // a large graph: React Flow draws only what is on screen, filled in after its frame
  const large = nodes.length > cullAbove;
  const drop = usePaletteDrop();
  const movable = useEditor(selectViewMovable);
  const theme = useEditor((state) => state.theme);
  const total = useEditor((state) => viewNodeCount(state, selectCanvasGraph(state)));
  const far = useStore((state) => state.transform[2] < farZoom);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => applyNodeChanges(store, changes),
    [store],
  );
  const onPaneClick = useCallback(() => store.getState().select(null), [store]);

  return (
    <section
      className="canvas"
      id="canvas"
      aria-label="Dependency graph"
      tabIndex={-1}
      data-zoom={far ? "far" : undefined}
      // reached by the skip link: on to the selected component, or the first one
      onFocus={(event) => {
        if (event.target !== event.currentTarget) return;
        const nodes = event.currentTarget;
        const node =
          nodes.querySelector<HTMLElement>(".react-flow__node.selected") ??
          nodes.querySelector<HTMLElement>(".react-flow__node");
        node?.focus();
      }}
    >
      <ProgressiveCanvas value={large}>
        <ReactFlow<FlowNode>
          nodes={culled.nodes}
          edges={culled.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onPaneClick={onPaneClick}
          colorMode={theme}
          {...wiring.props}
          onDragOver={drop.onDragOver}
          onDrop={drop.onDrop}
          nodesDraggable={movable}
          multiSelectionKeyCode={multiSelectionKeys}
          deleteKeyCode={null}
          minZoom={fitMinZoom}
          maxZoom={2}
          onlyRenderVisibleElements={large}
          attributionPosition="top-right"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
          <OverviewMap nodes={nodes} color={minimapColor} />
          <ZoomControls />
          <FitOnRequest flow={flow} />
          <FocusOnSelection placed={nodes.length} total={total} />
          <ConnectHint />
          <KeepInView />
          <CanvasOverlays
            status={
              <div className="canvas-status">
                <LayoutStatus />
                <DriftSummary />
                <LineageLegend />
              </div>
            }
          />
        </ReactFlow>
      </ProgressiveCanvas>
      {/* filtered to unmanaged components, the canvas draws their ghosts only */}
      {total === 0 && nodes.length === 0 ? <EmptyCanvas /> : null}
    </section>
  );
}

function minimapColor(node: FlowNode): string {
  return node.type === "external"
    ? "transparent"
    : typeColor(parseComponentId(node.id)?.type ?? "");
}
