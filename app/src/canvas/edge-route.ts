import { layerGap } from "../layout/elk-graph.ts";
import type { EdgeRoute, NodeRect } from "../state/editor-state.ts";

export interface Point {
  x: number;
  y: number;
}

/** How far a node may be from where the layout put it and still keep its routes (rounding). */
const tolerance = 0.5;

function sameRect(a: NodeRect, b: NodeRect): boolean {
  return (
    Math.abs(a.x - b.x) <= tolerance &&
    Math.abs(a.y - b.y) <= tolerance &&
    Math.abs(a.width - b.width) <= tolerance &&
    Math.abs(a.height - b.height) <= tolerance
  );
}

/**
 * Whether a route still fits its edge: both nodes are where the layout put them, at the size it
 * laid them out at. Once one is dragged (or resized, or shown elsewhere by focus or grouping)
 * its edges are drawn as curves again, never along a stale route.
 */
export function routeFits(
  route: EdgeRoute,
  source: NodeRect | null | undefined,
  target: NodeRect | null | undefined,
): boolean {
  return !!source && !!target && sameRect(route.source, source) && sameRect(route.target, target);
}

/**
 * The points to draw a route through, from where the edge starts to where it ends (React Flow's
 * handles, whose dots stand a little out of the card's side where the route starts). A bend
 * level with an end is moved level with the handle, so that the end segments stay straight.
 */
export function routePoints(route: EdgeRoute, start: Point, end: Point): Point[] {
  const first = route.points[0];
  const last = route.points.at(-1);
  const bends = route.points.slice(1, -1);
  if (!first || !last) return [start, end];
  return [
    start,
    ...bends.map((bend, index) => ({
      x: bend.x,
      y:
        index === 0 && bend.y === first.y
          ? start.y
          : index === bends.length - 1 && bend.y === last.y
            ? end.y
            : bend.y,
    })),
    end,
  ];
}

/** An SVG path through the points, each bend rounded with up to `radius` pixels. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let path = `M${num(first.x)} ${num(first.y)}`;
  rest.forEach((point, index) => {
    const before = points[index]!;
    const after = rest[index + 1];
    if (!after) {
      path += `L${num(point.x)} ${num(point.y)}`;
      return;
    }
    const r = Math.min(radius, distance(before, point) / 2, distance(point, after) / 2);
    const enter = towards(point, before, r);
    const leave = towards(point, after, r);
    path += `L${num(enter.x)} ${num(enter.y)}Q${num(point.x)} ${num(point.y)} ${num(leave.x)} ${num(leave.y)}`;
  });
  return path;
}

/** The point `fraction` of the way along a polyline, by length. */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  let left = fraction * length(points);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const step = distance(a, b);
    if (left <= step && step > 0) return towards(a, b, left);
    left -= step;
  }
  return points.at(-1) ?? { x: 0, y: 0 };
}

/**
 * How far to move one of several labels that would sit at the same place (the keys of one pair
 * on its curve, the keys a dependent reads at the end of their routes), so that they stack
 * instead of covering one another.
 */
export function labelOffset(index: number, count: number): number {
  return (index - (count - 1) / 2) * 20;
}

/** The room left between a label and the dependent's side, for the arrowhead. */
const arrowRoom = 24;

/**
 * Where a routed edge's label sits: just before the dependent, level with where the routes into
 * it arrive; its labels stack there (`slot` of `slots`), a list of the keys it reads. That is in
 * the gap between two layers of cards, however short the last segment: a label never lies over
 * a card. A label too wide for the gap, or a route that does not arrive level, puts it 70% of the
 * way along instead.
 */
export function routeLabelPoint(
  points: readonly Point[],
  labelWidth: number,
  slot: number,
  slots: number,
): Point {
  const end = points.at(-1);
  const before = points.at(-2);
  const dy = labelOffset(slot, slots);
  if (end && before && before.y === end.y && labelWidth + arrowRoom + 8 <= layerGap) {
    return { x: end.x - arrowRoom - labelWidth / 2, y: end.y + dy };
  }
  const at = pointAlong(points, 0.7);
  return { x: at.x, y: at.y + dy };
}

/** How wide one character of a key's label is drawn (11px monospace: 0.6 em). */
export const labelCharWidth = 6.6;

/** About how wide a key's label is drawn (11px monospace, padded). */
export function labelWidth(label: string): number {
  return label.length * labelCharWidth + 10;
}

function length(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!);
  return total;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** The point `by` pixels from `from` towards `to`. */
function towards(from: Point, to: Point, by: number): Point {
  const d = distance(from, to);
  if (d === 0) return from;
  return { x: from.x + ((to.x - from.x) * by) / d, y: from.y + ((to.y - from.y) * by) / d };
}

function num(value: number): number {
  return Math.round(value * 100) / 100;
}

/** What a reference edge carries besides its ends: the layout's route, and its label's place. */
export interface ReferenceEdgeData extends Record<string, unknown> {
  /** The route of its pair from the last layout; drawn while it fits (`routeFits`). */
  route?: EdgeRoute;
  /** Its key's place among the keys linking the same pair, and how many there are. */
  keyIndex: number;
  keys: number;
  /** With a route: its label's place among the routed keys its dependent reads, and their number. */
  slot?: number;
  slots?: number;
}
