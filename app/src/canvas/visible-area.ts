import type { Rect } from "@xyflow/react";

/** The canvas minus what floats over it, as space to leave on each side, in screen pixels. */
export interface ChromePadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

// what floats over the canvas: React Flow's panels (view toolbar, legend, zoom controls) and the
// notice. Not the minimap: it only shows while part of the graph is out of view, which a fit ends.
const chrome =
  ".react-flow__panel:not(.react-flow__minimap):not(.react-flow__attribution), .notice";
const gap = 16;
const side = 24;

/**
 * The space the panels over `canvas` take at its top and bottom: a fit or a "keep in view" leaves
 * it free, so the view toolbar never covers the top row and the zoom controls never the bottom.
 */
export function chromePadding(canvas: HTMLElement): ChromePadding {
  const box = canvas.getBoundingClientRect();
  let top = 0;
  let bottom = 0;
  const scope = canvas.closest(".canvas-column") ?? canvas;
  for (const element of scope.querySelectorAll(chrome)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.bottom <= box.top || rect.top >= box.bottom) continue;
    if (rect.top + rect.height / 2 < box.top + box.height / 2) {
      top = Math.max(top, rect.bottom - box.top);
    } else {
      bottom = Math.max(bottom, box.bottom - rect.top);
    }
  }
  // never more than a third of the canvas each: a short window still shows the graph
  const most = box.height / 3;
  return {
    top: Math.min(top, most) + gap,
    right: side,
    bottom: Math.min(bottom, most) + gap,
    left: side,
  };
}

/** React Flow's fit padding for the area left free. */
export function fitPadding(padding: ChromePadding) {
  return {
    top: `${padding.top}px`,
    right: `${padding.right}px`,
    bottom: `${padding.bottom}px`,
    left: `${padding.left}px`,
  } as const;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * How to bring some nodes into the free area: they are shown, a pan will do, or a fit into the
 * free area less `padding` (the minimap's corner included when it would cover them).
 */
export type ShowMove =
  | { kind: "shown" }
  | { kind: "pan"; x: number; y: number }
  | { kind: "fit"; padding: ChromePadding };

/**
 * The least move that brings `bounds` (flow coordinates) inside the free area of a canvas of
 * `size` at `viewport`: nothing, the smallest pan, or a fit when they are larger than the area.
 * `corner` is the bottom-right room of the minimap, which shows once part of the graph is out
 * of view: the nodes are kept out of it too, by a pan when one can, by a fit beside or above it
 * otherwise.
 */
export function showMove(
  bounds: Rect,
  viewport: Viewport,
  size: { width: number; height: number },
  padding: ChromePadding,
  corner?: { width: number; height: number },
): ShowMove {
  const move = moveInto(bounds, viewport, size, padding);
  if (!corner) return move;
  if (move.kind === "fit") return { kind: "fit", padding: fitRoom(bounds, size, padding, corner) };
  const after = move.kind === "pan" ? { ...viewport, x: move.x, y: move.y } : viewport;
  const screen = onScreen(bounds, after);
  const inCorner =
    screen.right > size.width - corner.width && screen.bottom > size.height - corner.height;
  if (!inCorner) return move;
  const candidates = clearOf(padding, corner)
    .map((free) => moveInto(bounds, viewport, size, free))
    .filter((candidate) => candidate.kind !== "fit");
  if (candidates.length === 0) {
    return { kind: "fit", padding: fitRoom(bounds, size, padding, corner) };
  }
  const distance = (candidate: ShowMove) =>
    candidate.kind === "pan"
      ? Math.abs(candidate.x - viewport.x) + Math.abs(candidate.y - viewport.y)
      : 0;
  return candidates.reduce((best, candidate) =>
    distance(candidate) < distance(best) ? candidate : best,
  );
}

/**
 * The padding to fit `bounds` into, clear of the minimap's corner: beside it or above it,
 * whichever draws them larger.
 */
export function fitRoom(
  bounds: Rect,
  size: { width: number; height: number },
  padding: ChromePadding,
  corner: { width: number; height: number },
): ChromePadding {
  const zoom = (free: ChromePadding) =>
    Math.min(
      (size.width - free.left - free.right) / Math.max(bounds.width, 1),
      (size.height - free.top - free.bottom) / Math.max(bounds.height, 1),
    );
  return clearOf(padding, corner).reduce((best, free) => (zoom(free) > zoom(best) ? free : best));
}

function clearOf(padding: ChromePadding, corner: { width: number; height: number }) {
  return [
    { ...padding, bottom: Math.max(padding.bottom, corner.height) },
    { ...padding, right: Math.max(padding.right, corner.width) },
  ];
}

/** Where `bounds` (flow coordinates) are drawn on the canvas at `viewport`, in screen pixels. */
/** What a canvas of `width` × `height` shows at `transform` ([x, y, zoom]), in flow coordinates. */
export function flowView(transform: [number, number, number], width: number, height: number): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

export function onScreen(bounds: Rect, viewport: Viewport) {
  const left = bounds.x * viewport.zoom + viewport.x;
  const top = bounds.y * viewport.zoom + viewport.y;
  return {
    left,
    top,
    right: left + bounds.width * viewport.zoom,
    bottom: top + bounds.height * viewport.zoom,
  };
}

function moveInto(
  bounds: Rect,
  viewport: Viewport,
  size: { width: number; height: number },
  padding: ChromePadding,
): ShowMove {
  const { left, top, right, bottom } = onScreen(bounds, viewport);
  const free = {
    left: padding.left,
    top: padding.top,
    right: size.width - padding.right,
    bottom: size.height - padding.bottom,
  };
  if (right - left > free.right - free.left || bottom - top > free.bottom - free.top) {
    return { kind: "fit", padding };
  }
  // half a pixel of slack: positions and sizes are rounded
  const dx =
    left < free.left - 0.5 ? free.left - left : right > free.right + 0.5 ? free.right - right : 0;
  const dy =
    top < free.top - 0.5 ? free.top - top : bottom > free.bottom + 0.5 ? free.bottom - bottom : 0;
  if (dx === 0 && dy === 0) return { kind: "shown" };
  return { kind: "pan", x: viewport.x + dx, y: viewport.y + dy };
}
