import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
  useStoreApi,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef } from "react";
import {
  selectViewMovable,
  viewGraph,
  viewNodeCount,
  viewPositions,
} from "../large-graph/canvas-view.ts";
import { withGroupEdges, withGroupNodes } from "../large-graph/group-flow.ts";
import { selectGroupEdges, selectGroupNodes } from "../large-graph/group-selectors.ts";
import { CanvasOverlays } from "../lineage/canvas-overlays.tsx";
import { multiSelectionKeys } from "../lineage/navigation-actions.ts";
import { usePaletteDrop } from "../palette/use-palette-drop.ts";
import { selectCanvasBasePositions, selectCanvasShownPositions } from "../plan/plan-selectors.ts";
import { createRuntimeNodes } from "../runtime/runtime-nodes.ts";
import type { EditorStore } from "../store/create-editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectCanvasGraph, selectNodeViews } from "../store/selectors.ts";
import { ConnectHint } from "../wiring/connect-hint.tsx";
import { useConnect } from "../wiring/use-connect.ts";
import { applyNodeChanges } from "./apply-node-changes.ts";
import { edgeTypes } from "./edge-types.ts";
import { createFlowAdapter } from "./flow-adapter.ts";
import type { FlowNode } from "./flow-types.ts";
import { MinimapNode } from "./minimap-node.tsx";
import { nodeTypes } from "./node-types.ts";
import { typeColor } from "./type-icon.tsx";

// Large graphs render only what is on screen; small ones render everything.
const cullAbove = 300;
const fitOptions = { padding: 0.12, maxZoom: 1.25, minZoom: 0.1 };
// A graph that does not fit readably opens on its top-left corner (the minimap shows the rest),
// which also keeps the number of nodes rendered at first small.
const readableZoom = 0.6;
const cornerMargin = 24;

export function Canvas() {
  const store = useEditorApi();
  const adapter = useMemo(createFlowAdapter, []);
  const runtime = useMemo(createRuntimeNodes, []);
  const componentNodes = useEditor((state: EditorStore) =>
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
  );
  // large graphs: type groups behind the components, counted edges to collapsed groups
  const nodes = withGroupNodes(useEditor(selectGroupNodes), componentNodes);
  const componentEdges = useEditor((state: EditorStore) =>
    // edges depend on which nodes are placed, not on where: a drag leaves them alone
    adapter.edges(
      viewGraph(state, selectCanvasGraph(state)),
      viewPositions(state, selectCanvasBasePositions(state)),
      selectNodeViews(state),
    ),
  );
  const edges = withGroupEdges(useEditor(selectGroupEdges), componentEdges);
  const wiring = useConnect(edges);
  const drop = usePaletteDrop();
  const movable = useEditor(selectViewMovable);
  const theme = useEditor((state) => state.theme);
  const total = useEditor((state) => viewNodeCount(state, selectCanvasGraph(state)));

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => applyNodeChanges(store, changes),
    [store],
  );
  const onPaneClick = useCallback(() => store.getState().select(null), [store]);

  return (
    <section className="canvas" aria-label="Dependency graph">
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={wiring.edges}
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
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements={nodes.length > cullAbove}
        attributionPosition="top-right"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <MiniMap
          pannable
          zoomable
          nodeColor={minimapColor}
          nodeStrokeWidth={2}
          nodeComponent={MinimapNode}
          ariaLabel="Minimap"
        />
        <Controls showInteractive={false} fitViewOptions={fitOptions} />
        <FitOnRequest placed={nodes.length} total={total} />
        <FocusOnSelection placed={nodes.length} total={total} />
        <ConnectHint />
        <CanvasOverlays />
      </ReactFlow>
      {total === 0 ? <EmptyCanvas /> : null}
    </section>
  );
}

function minimapColor(node: FlowNode): string {
  return node.type === "external" ? "transparent" : typeColor(node.id.split("/")[0] ?? "");
}

/** Fits the view once every node of a newly shown environment has its place. */
function FitOnRequest({ placed, total }: { placed: number; total: number }) {
  const fitRequest = useEditor((state) => state.fitRequest);
  const handled = useRef(0);
  const { fitView, getNodes, getNodesBounds, setViewport } = useReactFlow<FlowNode>();
  const domNode = useStoreApi().getState().domNode;
  useEffect(() => {
    if (handled.current === fitRequest || placed < total) return;
    handled.current = fitRequest;
    // an empty environment has nothing to fit; the first component dropped in stays put
    if (total === 0) return;
    const bounds = getNodesBounds(getNodes());
    const width = domNode?.clientWidth ?? window.innerWidth;
    const height = domNode?.clientHeight ?? window.innerHeight;
    const fitZoom =
      Math.min(width / bounds.width, height / bounds.height) / (1 + 2 * fitOptions.padding);
    if (fitZoom >= readableZoom || total < 40) {
      void fitView(fitOptions);
      return;
    }
    void setViewport({
      x: cornerMargin - bounds.x * readableZoom,
      y: cornerMargin - bounds.y * readableZoom,
      zoom: readableZoom,
    });
  }, [fitRequest, placed, total, fitView, getNodes, getNodesBounds, setViewport, domNode]);
  return null;
}

/** Centres the selected component when asked (from the issues panel), once it is placed. */
function FocusOnSelection({ placed, total }: { placed: number; total: number }) {
  const focusRequest = useEditor((state) => state.focusRequest);
  const store = useEditorApi();
  const handled = useRef(focusRequest);
  const { getInternalNode, setCenter, getZoom } = useReactFlow();
  useEffect(() => {
    if (handled.current === focusRequest || placed < total) return;
    handled.current = focusRequest;
    // next frame: after a fit of a newly shown environment has been applied
    const frame = requestAnimationFrame(() => {
      const id = store.getState().selection;
      const node = id === null ? undefined : getInternalNode(id);
      if (!node) return;
      const width = node.measured.width ?? node.initialWidth ?? 0;
      const height = node.measured.height ?? node.initialHeight ?? 0;
      const { x, y } = node.internals.positionAbsolute;
      void setCenter(x + width / 2, y + height / 2, {
        zoom: Math.max(getZoom(), 1),
        duration: 300,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, placed, total, store, getInternalNode, setCenter, getZoom]);
  return null;
}

function EmptyCanvas() {
  return (
    <div className="canvas-empty" role="status">
      <p>No components in this environment.</p>
      <p>
        Open a repository with config at iac/&lt;env&gt;/&lt;type&gt;/&lt;nickname&gt;/config.json.
      </p>
    </div>
  );
}
