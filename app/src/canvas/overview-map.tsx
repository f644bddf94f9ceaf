import { getNodesBounds, MiniMap, type Rect, useStore } from "@xyflow/react";
import { useMemo } from "react";
import type { FlowNode } from "./flow-types.ts";
import { MinimapNode } from "./minimap-node.tsx";
import { onScreen, type Viewport } from "./visible-area.ts";

/**
 * The minimap, while part of the graph is out of view: when everything is in view it would
 * only cover some of it.
 */
export function OverviewMap({ color }: { color: (node: FlowNode) => string }) {
  const nodes = useStore((state) => state.nodes as FlowNode[]);
  const bounds = useMemo(() => (nodes.length === 0 ? null : getNodesBounds(nodes)), [nodes]);
  const hidden = useStore((state) => {
    if (!bounds) return true;
    const [x, y, zoom] = state.transform;
    return inView(bounds, { x, y, zoom }, state.width, state.height);
  });
  if (hidden) return null;
  return (
    <MiniMap
      pannable
      zoomable
      nodeColor={color}
      nodeStrokeWidth={2}
      nodeComponent={MinimapNode}
      ariaLabel="Minimap"
      style={{ width: 160, height: 110 }}
    />
  );
}

function inView(bounds: Rect, viewport: Viewport, width: number, height: number): boolean {
  const { left, top, right, bottom } = onScreen(bounds, viewport);
  return left >= -1 && top >= -1 && right <= width + 1 && bottom <= height + 1;
}
