import { parseComponentId } from "@karma/core";
import type { Edge, Node } from "@xyflow/react";
import type { ReferenceEdgeData } from "../canvas/edge-route.ts";
import { type DiagramEdge, type DiagramNode, type DiagramTheme, graphSvg } from "./graph-svg.ts";

/** The largest side of an exported PNG, in pixels. */
const maxSide = 8192;

/**
 * What the canvas draws, as an image: SVG drawn from the nodes' positions and the edges; PNG
 * rasterized from that SVG, at twice the size for crisp text where it fits.
 */
export async function exportImage(
  format: "svg" | "png",
  nodes: readonly Node[],
  edges: readonly Edge[],
): Promise<Blob> {
  const svg = graphSvg(nodes.map(diagramNode), edges.map(diagramEdge), currentTheme());
  if (format === "svg") return new Blob([svg], { type: "image/svg+xml" });
  return rasterize(svg);
}

function diagramNode(node: Node): DiagramNode {
  const { type = "", nickname = node.id } = parseComponentId(node.id) ?? {};
  return {
    id: node.id,
    type,
    nickname: node.type === "type-group" ? node.id : nickname,
    kind:
      node.type === "external" ? "external" : node.type === "type-group" ? "group" : "component",
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.width ?? 240,
    height: node.measured?.height ?? node.height ?? 64,
  };
}

function diagramEdge(edge: Edge<Partial<ReferenceEdgeData>>): DiagramEdge {
  return {
    source: edge.source,
    target: edge.target,
    label: typeof edge.label === "string" ? edge.label : "",
    // the route of the last layout, drawn where it still fits (as on the canvas)
    route: edge.data?.route,
    keyIndex: edge.data?.keyIndex,
    keys: edge.data?.keys,
    slot: edge.data?.slot,
    slots: edge.data?.slots,
  };
}

/** The colours of the theme shown, read from the page's own variables. */
function currentTheme(): DiagramTheme {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read("--bg", "#f6f7f9"),
    surface: read("--surface", "#ffffff"),
    border: read("--border-strong", "#c5ccd5"),
    text: read("--text", "#1d2430"),
    muted: read("--text-muted", "#5d6878"),
    edge: read("--text-muted", "#5d6878"),
  };
}

async function rasterize(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = Math.min(2, maxSide / Math.max(image.width, image.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw images");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file through the browser's download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
