import {
  BaseEdge,
  type Edge,
  type EdgeProps,
  getBezierPath,
  type InternalNode,
  useStore,
} from "@xyflow/react";
import { memo, useCallback, useRef } from "react";
import { useEdgeLineage } from "../lineage/use-lineage.ts";
import type { NodeRect } from "../state/editor-state.ts";
import { EdgeLabel } from "./edge-label.tsx";
import {
  labelOffset,
  labelWidth,
  type ReferenceEdgeData,
  roundedPath,
  routeFits,
  routeLabelPoint,
  routePoints,
} from "./edge-route.ts";
import "./reference-edge.css";

/** Where along the edge its label sits: near the dependent, where fanned-out edges are apart. */
const labelAt = 0.7;
const curvature = 0.25;

/**
 * A reference from a dependent to its dependency, labelled with the config key. It follows the
 * route the layout drew while both of its nodes are where the layout put them (between the
 * cards, never through one), and is a curve from handle to handle otherwise. The label is put
 * near the dependent's end: a component read by many others (a zone, a VPC) fans out, and
 * labels at the middle of those edges would pile up. Routes into one dependent meet before it,
 * where their labels stack.
 */
export const ReferenceEdge = memo(function ReferenceEdge({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  label,
  markerEnd,
  style,
  data,
}: EdgeProps<Edge<ReferenceEdgeData>>) {
  const route = data?.route;
  // a boolean from React Flow's own nodes: where they are drawn now, dragged, focused or not
  const routed = useStore(
    useCallback(
      (state) =>
        route !== undefined &&
        routeFits(
          route,
          rectOf(state.nodeLookup.get(source)),
          rectOf(state.nodeLookup.get(target)),
        ),
      [route, source, target],
    ),
  );
  let path: string;
  let at: { x: number; y: number };
  if (route && routed) {
    const points = routePoints(route, { x: sourceX, y: sourceY }, { x: targetX, y: targetY });
    path = roundedPath(points);
    at = routeLabelPoint(points, labelWidth(String(label ?? "")), data.slot ?? 0, data.slots ?? 1);
  } else {
    [path] = getBezierPath({
      sourceX,
      sourceY,
      sourcePosition,
      targetX,
      targetY,
      targetPosition,
      curvature,
    });
    const curve = bezierPoint(sourceX, sourceY, targetX, targetY, labelAt);
    at = { x: curve.x, y: curve.y + labelOffset(data?.keyIndex ?? 0, data?.keys ?? 1) };
  }
  const group = useRef<SVGGElement>(null);
  useEdgeLineage(source, target, group);
  return (
    <g ref={group}>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={style}
        data-route={route && routed ? "layout" : undefined}
      />
      {label ? <EdgeLabel x={at.x} y={at.y} label={String(label)} /> : null}
    </g>
  );
});

/** Where React Flow has a node now, and its size (measured, or as first given). */
function rectOf(node: InternalNode | undefined): NodeRect | null {
  if (!node) return null;
  return {
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? node.width ?? node.initialWidth ?? 0,
    height: node.measured.height ?? node.height ?? node.initialHeight ?? 0,
  };
}

/** A point of React Flow's bezier from a right-hand source to a left-hand target. */
function bezierPoint(sx: number, sy: number, tx: number, ty: number, t: number) {
  const distance = tx - sx;
  const offset = distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
  const c1 = { x: sx + offset, y: sy };
  const c2 = { x: tx - offset, y: ty };
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * sx + b * c1.x + c * c2.x + d * tx,
    y: a * sy + b * c1.y + c * c2.y + d * ty,
  };
}
