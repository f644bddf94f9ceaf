import { getBoundsOfRects, type Rect } from "@xyflow/system";
import { flowView } from "./visible-area.ts";

/** What the minimap shows: its view box over the flow, and how flow units map to its pixels. */
export interface MinimapFrame {
  /** The SVG view box, in flow units. */
  viewBox: string;
  /** The path that shades all but the part of the graph in view. */
  mask: string;
  /** Flow units a minimap pixel spans, as React Flow's minimap controller reads it. */
  viewScale: number;
  /** Minimap pixels a flow unit spans, as drawn (the view box fitted into the minimap). */
  scale: number;
  /** Where the view box's top left corner is drawn, in minimap pixels. */
  originX: number;
  originY: number;
  /** The view box's top left corner, in flow units. */
  x: number;
  y: number;
}

interface FlowView {
  transform: [number, number, number];
  width: number;
  height: number;
}

// room around the graph, in minimap pixels (React Flow's `offsetScale`)
const offsetScale = 5;

/**
 * The minimap's frame as React Flow's own minimap computes it: the bounds of the nodes (`nodes`)
 * and the view together, scaled to fit `size` with a margin, the view shown as a hole in a shade.
 */
export function minimapFrame(
  flow: FlowView,
  nodes: Rect | null,
  size: { width: number; height: number },
): MinimapFrame {
  const view = flowView(flow.transform, flow.width, flow.height);
  const bounds = nodes ? getBoundsOfRects(nodes, view) : view;
  const viewScale = Math.max(bounds.width / size.width, bounds.height / size.height);
  const viewWidth = viewScale * size.width;
  const viewHeight = viewScale * size.height;
  const offset = offsetScale * viewScale;
  const x = bounds.x - (viewWidth - bounds.width) / 2 - offset;
  const y = bounds.y - (viewHeight - bounds.height) / 2 - offset;
  const width = viewWidth + offset * 2;
  const height = viewHeight + offset * 2;
  // the SVG fits its view box into the minimap, centred (preserveAspectRatio's default)
  const scale = Math.min(size.width / width, size.height / height);
  return {
    viewBox: `${x} ${y} ${width} ${height}`,
    mask: `M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`,
    viewScale,
    scale,
    originX: (size.width - width * scale) / 2,
    originY: (size.height - height * scale) / 2,
    x,
    y,
  };
}

/** A rectangle of the flow in minimap pixels. */
export function toMinimap(frame: MinimapFrame, rect: Rect): Rect {
  return {
    x: frame.originX + (rect.x - frame.x) * frame.scale,
    y: frame.originY + (rect.y - frame.y) * frame.scale,
    width: rect.width * frame.scale,
    height: rect.height * frame.scale,
  };
}
