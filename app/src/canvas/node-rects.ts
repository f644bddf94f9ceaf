import type { Rect } from "@xyflow/react";

/** A node as the canvas places it: React Flow's user node, or anything shaped like one. */
export interface PlacedNode {
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
  width?: number;
  height?: number;
  initialWidth?: number;
  initialHeight?: number;
}

/** Where a node is and how large, in flow coordinates (its size as React Flow reads it). */
export function nodeRect(node: PlacedNode): Rect {
  return { x: node.position.x, y: node.position.y, width: widthOf(node), height: heightOf(node) };
}

export function widthOf(node: PlacedNode): number {
  return node.measured?.width ?? node.width ?? node.initialWidth ?? 0;
}

export function heightOf(node: PlacedNode): number {
  return node.measured?.height ?? node.height ?? node.initialHeight ?? 0;
}

/**
 * The box around `nodes`, in flow coordinates; none when there are none. A plain loop that makes
 * no object a node: React Flow's getNodesBounds makes two, on every selection of a 5,000-node
 * graph.
 */
export function nodesBounds(nodes: Iterable<PlacedNode>): Rect | null {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    const { x, y } = node.position;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + widthOf(node));
    bottom = Math.max(bottom, y + heightOf(node));
  }
  if (left === Number.POSITIVE_INFINITY) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Whether two rectangles share some area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return boxOverlaps(a.x, a.y, a.x + a.width, a.y + a.height, b);
}

/** Whether the box from (left, top) to (right, bottom) shares some area with `area`. */
export function boxOverlaps(
  left: number,
  top: number,
  right: number,
  bottom: number,
  area: Rect,
): boolean {
  return (
    left < area.x + area.width && area.x < right && top < area.y + area.height && area.y < bottom
  );
}
