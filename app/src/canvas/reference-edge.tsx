import { BaseEdge, type EdgeProps, getBezierPath } from "@xyflow/react";
import { memo, useRef } from "react";
import { useEdgeLineage } from "../lineage/use-lineage.ts";

/** Where along the edge its label sits: near the dependent, where fanned-out edges are apart. */
const labelAt = 0.7;
const curvature = 0.25;

/**
 * A reference from a dependent to its dependency, labelled with the config key. The label is
 * put near the dependent's end: a component read by many others (a zone, a VPC) fans out, and
 * labels at the middle of those edges would pile up.
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
}: EdgeProps) {
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
    curvature,
  });
  const { x, y } = bezierPoint(sourceX, sourceY, targetX, targetY, labelAt);
  const group = useRef<SVGGElement>(null);
  useEdgeLineage(source, target, group);
  return (
    <g ref={group}>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={style}
        label={label}
        labelX={x}
        labelY={y}
        labelBgPadding={[4, 2]}
        labelBgBorderRadius={4}
      />
    </g>
  );
});

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
