import type { LayoutPositions } from "@karma/core";

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

export type LayoutResponse =
  | { id: number; positions: LayoutPositions; workerMs: number }
  | { id: number; error: string };
