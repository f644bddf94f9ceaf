import type { MiniMapNodeProps } from "@xyflow/react";
import { memo } from "react";
import { useEditor } from "../store/editor-context.tsx";
import { selectBasePositions } from "../store/selectors.ts";
import { minimapPosition } from "./view-pipeline.ts";

/**
 * A minimap node drawn where its node sits, not where a drag has it right now: a moving rect
 * makes the browser repaint the whole minimap, all 1,000 nodes of a large graph, on every frame
 * of a drag. The minimap catches up when the drag ends.
 */
export const MinimapNode = memo(
  function MinimapNode({
    id,
    width,
    height,
    color,
    className,
    borderRadius,
    shapeRendering,
    strokeColor,
    strokeWidth,
  }: MiniMapNodeProps) {
    const position = useEditor((state) => minimapPosition(state, id, selectBasePositions(state)));
    if (!position) return null;
    return (
      <rect
        className={`react-flow__minimap-node ${className}`}
        x={position.x}
        y={position.y}
        width={width}
        height={height}
        rx={borderRadius}
        ry={borderRadius}
        shapeRendering={shapeRendering}
        style={{ fill: color, stroke: strokeColor, strokeWidth }}
      />
    );
  },
  (before, after) =>
    before.id === after.id &&
    before.width === after.width &&
    before.height === after.height &&
    before.color === after.color &&
    before.className === after.className &&
    before.strokeColor === after.strokeColor,
);
