import type { Locator, Page } from "@playwright/test";

/** The sample's dev account binding alone: an environment with no components yet. */
export const emptyDev = "account_environments/usekarma-dev-dev.json";

/** Opens an empty `dev` (no canvas node to wait for, unlike EditorPage.loadFiles). */
export async function openEmptyDev(page: Page, accountText: string): Promise<void> {
  await page.goto("/");
  await page.locator(".react-flow__node").first().waitFor();
  await page.evaluate((files) => window.karma.loadFiles(files), { [emptyDev]: accountText });
  await page.locator(".react-flow__node").first().waitFor({ state: "detached" });
}

/** Drags a palette entry onto the canvas (HTML5 drag and drop), dropping at `at` in the pane. */
export async function dropFromPalette(
  page: Page,
  type: string,
  at: { x: number; y: number },
): Promise<void> {
  await page
    .getByTestId(`palette-item-${type}`)
    .dragTo(page.locator(".react-flow__pane"), { targetPosition: at });
}

/**
 * Presses the mouse on `from`, moves it in steps onto `to` and, unless `release` is false,
 * lets go: real pointer moves, as React Flow needs for a connection.
 */
export async function dragBetween(
  page: Page,
  from: Locator,
  to: Locator,
  { release = true } = {},
): Promise<void> {
  const start = await grabPoint(from);
  const end = await grabPoint(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 12;
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(
      start.x + ((end.x - start.x) * step) / steps,
      start.y + ((end.y - start.y) * step) / steps,
    );
  }
  if (release) await page.mouse.up();
}

/**
 * Drops a palette entry `dy` screen pixels below the centre of a node already on the canvas
 * (the first component added is fitted into view, so positions are taken from the screen).
 * Returns the drop point in screen pixels.
 */
export async function dropBelow(
  page: Page,
  type: string,
  node: Locator,
  dy = 200,
): Promise<{ x: number; y: number }> {
  const box = await settledBox(page, node);
  const pane = await page.locator(".react-flow__pane").boundingBox();
  if (!box || !pane) throw new Error("not on screen");
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 + dy };
  await dropFromPalette(page, type, { x: at.x - pane.x, y: at.y - pane.y });
  return at;
}

/** Where a person presses on an element: the middle of what they see (a handle's dot). */
async function grabPoint(element: Locator): Promise<{ x: number; y: number }> {
  const box = await element.boundingBox();
  if (!box) throw new Error("not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses at `from`, moves in steps to `to`, and keeps the button down (to look at the hint). */
export async function pressAndMove(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 12;
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(
      from.x + ((to.x - from.x) * step) / steps,
      from.y + ((to.y - from.y) * step) / steps,
    );
  }
}

/** The current zoom of the canvas, read from the viewport's transform. */
export async function canvasZoom(page: Page): Promise<number> {
  const transform = await page
    .locator(".react-flow__viewport")
    .evaluate((viewport) => (viewport as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? Number.NaN);
}

/** Clicks Zoom in or out until the zoom is within 0.1 of `wanted`, as a person would. */
export async function zoomTo(page: Page, wanted: number): Promise<number> {
  for (let click = 0; click < 20; click++) {
    const zoom = await canvasZoom(page);
    if (Math.abs(zoom - wanted) <= 0.1) return zoom;
    await page.getByRole("button", { name: zoom > wanted ? "Zoom out" : "Zoom in" }).click();
    // zooming animates: wait until the transform stops changing
    let last = "";
    for (;;) {
      const now = await page.locator(".react-flow__viewport").getAttribute("style");
      if (now === last) break;
      last = now ?? "";
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(0))));
    }
  }
  throw new Error(`could not zoom to ${wanted}`);
}

/** A node's box once the view stopped moving (the first component added is fitted into view). */
async function settledBox(page: Page, node: Locator) {
  let last = JSON.stringify(await node.boundingBox());
  for (;;) {
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const now = JSON.stringify(await node.boundingBox());
    if (now === last)
      return JSON.parse(now) as { x: number; y: number; width: number; height: number } | null;
    last = now;
  }
}

/** A handle of a canvas node: `target` on the left (dependent side), `source` on the right. */
export function handle(node: Locator, kind: "source" | "target"): Locator {
  return node.locator(`.react-flow__handle.${kind}`);
}
