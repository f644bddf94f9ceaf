export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/** `source` is the dependency: layered layout puts it left of its dependents. */
export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface LayoutRequest {
  id: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

/**
 * Per layout edge id: the points elk drew it through, from the source's right side to the
 * target's left side, in the coordinates of the positions.
 */
export type LayoutRoutes = Record<string, { x: number; y: number }[]>;

/**
 * A layout as numbers, in the order of the request's nodes and edges: what the worker sends
 * (layout-packing.ts makes and reads it). Its buffers are handed over, not copied; a large
 * graph's positions and routes as objects took the main thread tens of milliseconds to receive
 * (structured clone builds every object anew, its keys too).
 */
export interface PackedLayout {
  /** x, y per node; NaN for a node the layout left out. */
  positions: Float64Array;
  /** Per edge, where its points end in `points` (in points): an edge without a route has none. */
  routeEnds: Uint32Array;
  /** x, y per point of every route, one after another. */
  points: Float64Array;
}

export type LayoutResponse =
  | {
      id: number;
      /** The positions and routes, in the order of the request's nodes and edges. */
      layout: PackedLayout;
      /** The time elk took. */
      workerMs: number;
      /** The time the answer was then held, until the processor was free (when-processor-free.ts). */
      heldMs: number;
    }
  | { id: number; error: string };
