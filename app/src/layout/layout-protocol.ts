import type { PackedLayout } from "./layout-packing.ts";

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
