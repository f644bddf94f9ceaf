import { getViewportForBounds, type Rect, useReactFlow, useStoreApi } from "@xyflow/react";
import { useMemo } from "react";
import type { FlowNode } from "./flow-types.ts";
import { nodesBounds, type PlacedNode } from "./node-rects.ts";
import {
  type ChromePadding,
  chromePadding,
  fitPadding,
  fitRoom,
  showMove,
} from "./visible-area.ts";
import { wholeFlow } from "./whole-flow.ts";
import { farZoom, fitMaxZoom, fitMinZoom } from "./zoom-levels.ts";

const animation = 250;
// the minimap's room at the bottom right (overview-map.tsx: 160×110 with React Flow's 15 px
// margin), and a gap
const minimapCorner = { width: 160 + 15 + 16, height: 110 + 15 + 16 };

export interface Frame {
  /** The free area's padding now (the panels over the canvas move with the window). */
  padding(): ChromePadding;
  /** Fits every node (or `nodes`) into the area the panels leave free. */
  fitAll(nodes?: readonly PlacedNode[]): Promise<void>;
  /**
   * Brings a component and its direct neighbours into the free area: nothing when they are
   * shown, the least pan when it is enough, a fit of them otherwise (never closer than `maxZoom`).
   * When the neighbours are too far apart to be framed with the cards still readable, the
   * component alone is brought into view: a click never sends the view out to a cloud of dots.
   */
  show(id: string, options?: { fit?: boolean; maxZoom?: number }): Promise<void>;
}

/** Moving the view so that nodes are seen, never under the panels that float over the canvas. */
export function useFrame(): Frame {
  const flow = useReactFlow<FlowNode>();
  const api = useStoreApi<FlowNode>();
  return useMemo(() => {
    const padding = (): ChromePadding => {
      const dom = api.getState().domNode;
      return dom ? chromePadding(dom) : { top: 16, right: 24, bottom: 16, left: 24 };
    };
    return {
      padding,
      // every node, also those of a large graph React Flow does not hold (use-culled-flow.ts)
      fitAll: async (nodes = wholeFlow(api).nodes) => {
        const bounds = nodesBounds(nodes);
        if (!bounds) return;
        const { width, height } = api.getState();
        await flow.setViewport(
          getViewportForBounds(
            bounds,
            width,
            height,
            fitMinZoom,
            fitMaxZoom,
            fitPadding(padding()),
          ),
        );
      },
      show: async (id, options = {}) => {
        const state = api.getState();
        const whole = wholeFlow(api);
        const around = neighbourhoodBounds(id, whole);
        const alone = neighbourhoodBounds(id, { nodes: whole.nodes, edges: [] });
        if (!around || !alone) return;
        const free = padding();
        // the container's size now: React Flow learns of a resize a little later
        const { domNode } = state;
        const width = domNode?.clientWidth ?? state.width;
        const height = domNode?.clientHeight ?? state.height;
        const viewport = flow.getViewport();
        const size = { width, height };
        const maxZoom = options.maxZoom ?? viewport.zoom;
        // a fit asked for (Find) ends readable; keeping in view never zooms out past it
        const floor = options.fit ? farZoom : Math.min(viewport.zoom, farZoom);
        const fitOf = (bounds: Rect, room: ChromePadding, min: number, max: number) =>
          getViewportForBounds(bounds, width, height, min, max, fitPadding(room));
        const roomFor = (bounds: Rect) => fitRoom(bounds, size, free, minimapCorner);
        const framed = fitOf(around, roomFor(around), fitMinZoom, maxZoom);
        const bounds = framed.zoom >= floor ? around : alone;
        const move = showMove(bounds, viewport, size, free, minimapCorner);
        if (!options.fit && move.kind === "shown") return;
        if (!options.fit && move.kind === "pan") {
          await flow.setViewport(
            { x: move.x, y: move.y, zoom: viewport.zoom },
            { duration: animation },
          );
          return;
        }
        const room = move.kind === "fit" ? move.padding : roomFor(bounds);
        const target =
          bounds === around
            ? framed
            : // the component alone, centred at the closest zoom its neighbourhood allowed
              fitOf(alone, room, floor, Math.max(floor, Math.min(maxZoom, framed.zoom)));
        await flow.setViewport(target, { duration: animation });
      },
    };
  }, [flow, api]);
}

interface Graph {
  nodes: (PlacedNode & { id: string })[];
  edges: { source: string; target: string }[];
}

/** The box around a node and the nodes an edge joins it to, in flow coordinates. */
export function neighbourhoodBounds(id: string, graph: Graph): Rect | null {
  const ids = new Set([id]);
  for (const edge of graph.edges) {
    if (edge.source === id) ids.add(edge.target);
    else if (edge.target === id) ids.add(edge.source);
  }
  if (!graph.nodes.some((node) => node.id === id)) return null;
  return nodesBounds(graph.nodes.filter((node) => ids.has(node.id)));
}
