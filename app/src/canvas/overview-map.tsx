import { Panel, type Rect, useStore, useStoreApi } from "@xyflow/react";
import { XYMinimap } from "@xyflow/system";
import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import type { FlowNode } from "./flow-types.ts";
import { type MinimapFrame, minimapFrame, toMinimap } from "./minimap-frame.ts";
import { nodeRect, nodesBounds } from "./node-rects.ts";
import { onScreen, type Viewport } from "./visible-area.ts";
import "./canvas-chrome.css";

const size = { width: 160, height: 110 };

/**
 * The minimap, while part of the graph is out of view: when everything is in view it would
 * only cover some of it.
 */
export function OverviewMap({
  nodes,
  color,
}: {
  /** Every node of the graph, whether React Flow holds it or not (use-culled-flow.ts). */
  nodes: FlowNode[];
  color: (node: FlowNode) => string;
}) {
  // drawn a render after the canvas: a layout's new places for a thousand nodes are one long
  // task fewer, and the map follows a task later
  const shown = useDeferredValue(nodes);
  const bounds = useMemo(() => nodesBounds(shown), [shown]);
  const hidden = useStore((state) => {
    if (!bounds) return true;
    const [x, y, zoom] = state.transform;
    return inView(bounds, { x, y, zoom }, state.width, state.height);
  });
  if (hidden || !bounds) return null;
  return <Minimap nodes={shown} bounds={bounds} color={color} />;
}

/** The nodes' rectangles, in flow units, as one path for each colour. */
function pathsByColor(nodes: FlowNode[], color: (node: FlowNode) => string): Map<string, Path2D> {
  const paths = new Map<string, Path2D>();
  for (const node of nodes) {
    const fill = color(node);
    if (fill === "transparent") continue;
    const { x, y, width, height } = nodeRect(node);
    let path = paths.get(fill);
    if (!path) {
      path = new Path2D();
      paths.set(fill, path);
    }
    path.rect(x, y, width, height);
  }
  return paths;
}

function inView(bounds: Rect, viewport: Viewport, width: number, height: number): boolean {
  const { left, top, right, bottom } = onScreen(bounds, viewport);
  return left >= -1 && top >= -1 && right <= width + 1 && bottom <= height + 1;
}

/**
 * React Flow's minimap, its nodes painted on a canvas: its own draws each node as an element
 * that follows the store, a thousand elements and subscriptions on a large graph, each paid for
 * by every change of the view. The view's frame is an SVG path over it, through which React
 * Flow's minimap controller pans and zooms the view.
 */
function Minimap({
  nodes,
  bounds,
  color,
}: {
  nodes: FlowNode[];
  bounds: Rect;
  color: (node: FlowNode) => string;
}) {
  const flow = useStoreApi<FlowNode>();
  const paint = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const mask = useRef<SVGPathElement>(null);
  const frame = useRef<MinimapFrame | null>(null);
  // one path a colour, made once for the nodes: a fill each node would take a third of a second
  // for a thousand, and a path made anew on each move of the view tens of milliseconds
  const paths = useMemo(() => pathsByColor(nodes, color), [nodes, color]);

  useEffect(() => {
    let pending = 0;
    const draw = () => {
      pending = 0;
      const state = flow.getState();
      const next = minimapFrame(state, bounds, size);
      frame.current = next;
      svg.current?.setAttribute("viewBox", next.viewBox);
      mask.current?.setAttribute("d", next.mask);
      const canvas = paint.current;
      const context = canvas?.getContext("2d");
      if (!canvas || !context) return;
      const ratio = window.devicePixelRatio || 1;
      if (canvas.width !== size.width * ratio) {
        canvas.width = size.width * ratio;
        canvas.height = size.height * ratio;
      }
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, size.width, size.height);
      // the paths are in flow units: the frame's scale and offset take them to the minimap
      const origin = toMinimap(next, { x: 0, y: 0, width: 0, height: 0 });
      context.setTransform(
        ratio * next.scale,
        0,
        0,
        ratio * next.scale,
        ratio * origin.x,
        ratio * origin.y,
      );
      for (const [fill, path] of paths) {
        context.fillStyle = fill;
        context.fill(path);
      }
    };
    pending = requestAnimationFrame(draw);
    const stop = flow.subscribe((state, before) => {
      const changed =
        state.transform !== before.transform ||
        state.width !== before.width ||
        state.height !== before.height;
      if (changed && pending === 0) pending = requestAnimationFrame(draw);
    });
    return () => {
      stop();
      cancelAnimationFrame(pending);
    };
  }, [flow, paths, bounds]);

  // panning and zooming by the minimap, as React Flow's own minimap does
  const panZoom = useStore((state) => state.panZoom);
  const translateExtent = useStore((state) => state.translateExtent);
  const flowWidth = useStore((state) => state.width);
  const flowHeight = useStore((state) => state.height);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    const controller = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => flow.getState().transform,
      getViewScale: () => frame.current?.viewScale ?? 1,
    });
    controller.update({
      translateExtent,
      width: flowWidth,
      height: flowHeight,
      pannable: true,
      zoomable: true,
      zoomStep: 1,
      inversePan: false,
    });
    return () => controller.destroy();
  }, [panZoom, flow, translateExtent, flowWidth, flowHeight]);

  return (
    <Panel
      position="bottom-right"
      className="react-flow__minimap overview-map"
      style={{ width: size.width, height: size.height }}
    >
      <canvas ref={paint} className="overview-map-nodes" />
      <svg
        ref={svg}
        width={size.width}
        height={size.height}
        className="react-flow__minimap-svg"
        role="img"
        aria-label="Minimap"
      >
        <path
          ref={mask}
          className="react-flow__minimap-mask"
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
