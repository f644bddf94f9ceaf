import type { Locator } from "@playwright/test";

/**
 * Whether a person sees the whole of a node: its centre and the points just inside its four
 * corners are on the canvas and hit the node itself, not a panel, a menu or another card over it.
 * Names what covers it otherwise.
 */
export async function coveredBy(node: Locator): Promise<string | null> {
  return node.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const canvas = element.closest(".react-flow")!.getBoundingClientRect();
    const inset = 6;
    const points: [number, number][] = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    for (const [x, y] of points) {
      if (x < canvas.left || x > canvas.right || y < canvas.top || y > canvas.bottom) {
        return `out of the canvas at ${Math.round(x)},${Math.round(y)}`;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !element.contains(hit)) {
        const cover = hit?.closest("[class]") ?? hit;
        return `${cover?.tagName.toLowerCase()}.${cover?.getAttribute("class") ?? ""} at ${Math.round(x)},${Math.round(y)}`;
      }
    }
    return null;
  });
}
