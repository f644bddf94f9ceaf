import { getNodesBounds, getViewportForBounds, type Node } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";

const padding = 40;
const maxSide = 8192;

/**
 * The canvas's drawn nodes and edges as an image: the React Flow viewport rendered again with a
 * transform that fits them all, at no more than full size.
 */
export async function exportImage(
  format: "svg" | "png",
  canvas: HTMLElement,
  nodes: Node[],
): Promise<Blob> {
  const viewportElement = canvas.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewportElement || nodes.length === 0) throw new Error("there is nothing on the canvas");
  const bounds = getNodesBounds(nodes);
  const zoom = Math.min(1, maxSide / (bounds.width + 2 * padding));
  const width = Math.ceil((bounds.width + 2 * padding) * zoom);
  const height = Math.ceil((bounds.height + 2 * padding) * zoom);
  const viewport = getViewportForBounds(bounds, width, height, 0.01, 2, 0);
  const options = {
    width,
    height,
    backgroundColor: getComputedStyle(canvas).getPropertyValue("--bg").trim() || "#ffffff",
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
  };
  const url =
    format === "svg"
      ? await toSvg(viewportElement, options)
      : await toPng(viewportElement, options);
  return (await fetch(url)).blob();
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
