import { type ReactFlowState, type Rect, useStore, useStoreApi } from "@xyflow/react";
import { useLayoutEffect, useMemo, useRef } from "react";
import { type Culled, cullFlow, meets } from "./cull-flow.ts";
import type { FlowEdge, FlowNode } from "./flow-types.ts";
import { flowView } from "./visible-area.ts";
import { setWholeFlow } from "./whole-flow.ts";

// Graphs up to this size are handed to React Flow whole.
export const cullAbove = 300;

interface Seen {
  /** The view, in flow coordinates. */
  view: Rect;
  zoom: number;
}

function seenOf(state: ReactFlowState): Seen | null {
  if (state.width === 0 || state.height === 0) return null;
  return { view: flowView(state.transform, state.width, state.height), zoom: state.transform[2] };
}

/** The view with a screen's room on each side. */
function regionAround(view: Rect): Rect {
  return {
    x: view.x - view.width,
    y: view.y - view.height,
    width: view.width * 3,
    height: view.height * 3,
  };
}

// The view counts as unchanged while it stays inside the region around the one culled for, and
// is not much closer: panning less than a screen hands React Flow nothing new.
function sameRegion(before: Seen | null, now: Seen | null): boolean {
  if (before === null || now === null) return before === now;
  const region = regionAround(before.view);
  return (
    now.zoom <= before.zoom * 2 &&
    now.view.x >= region.x &&
    now.view.y >= region.y &&
    now.view.x + now.view.width <= region.x + region.width &&
    now.view.y + now.view.height <= region.y + region.height
  );
}

/**
 * What of `nodes` and `edges` React Flow is handed: all of a graph of up to 300 nodes; of a
 * larger one, what is on and around the screen (cull-flow.ts), handed anew when the view moves
 * past it. The whole graph stays known to the canvas's framing and export (whole-flow.ts).
 */
export function useCulledFlow(nodes: FlowNode[], edges: FlowEdge[]): Culled {
  const flowStore = useStoreApi<FlowNode>();
  const seen = useStore(seenOf, sameRegion);
  const last = useRef<Culled | null>(null);
  const culled = useMemo(() => {
    if (nodes.length <= cullAbove || seen === null) return { nodes, edges };
    const before = last.current;
    // what React Flow draws now stays with it until it is off screen: a node it drew taken from
    // it (moved away by a layout, say) would fail every one of its store reads until unmounted
    const held = new Map(before?.nodes.map((node) => [node.id, node]));
    const drawn = (node: FlowNode) => {
      const shown = held.get(node.id);
      return shown !== undefined && meets(shown, seen.view);
    };
    const next = cullFlow(
      nodes,
      edges,
      regionAround(seen.view),
      (node) => node.selected === true || drawn(node),
    );
    // the same nodes and edges as before: the same arrays, which React Flow takes as no change
    return {
      nodes: before && sameItems(before.nodes, next.nodes) ? before.nodes : next.nodes,
      edges: before && sameItems(before.edges, next.edges) ? before.edges : next.edges,
    };
  }, [nodes, edges, seen]);
  useLayoutEffect(() => {
    last.current = culled;
    setWholeFlow(flowStore, { nodes, edges });
  }, [culled, flowStore, nodes, edges]);
  return culled;
}

function sameItems<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
