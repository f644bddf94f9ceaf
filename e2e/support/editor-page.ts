import { expect, type Locator, type Page } from "@playwright/test";
import { clickVisiblePart } from "./click-node.ts";

export interface Point {
  x: number;
  y: number;
}

/** The Karma editor as a user sees it, with the window.karma hooks of DESIGN.md section 4. */
export class EditorPage {
  constructor(readonly page: Page) {}

  /** Opens the app; the bundled sample opens on a first start. */
  async open(): Promise<void> {
    await this.page.goto("/");
    await this.waitForGraph();
  }

  async waitForGraph(): Promise<void> {
    await expect(this.page.locator(".react-flow__node").first()).toBeVisible();
  }

  async loadFiles(files: Record<string, string>): Promise<void> {
    await this.page.evaluate((map) => window.karma.loadFiles(map), files);
    await this.waitForGraph();
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** Clicks a node where a person would (support/click-node.ts). */
  async clickNode(id: string): Promise<void> {
    await clickVisiblePart(this.node(id));
  }

  get nodes(): Locator {
    return this.page.locator(".react-flow__node");
  }

  edge(dependent: string, dependency: string, key: string): Locator {
    return this.page.locator(`.react-flow__edge[data-id="${dependent}->${dependency}:${key}"]`);
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  get environment(): Locator {
    // the top bar's switcher, not a config field that happens to be named Environment
    return this.page.locator(".top-bar").getByLabel("Environment");
  }

  get notice(): Locator {
    return this.page.getByTestId("notice");
  }

  /** Node ids shown on the canvas, sorted. */
  async nodeIds(): Promise<string[]> {
    const ids = await this.nodes.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute("data-id") ?? ""),
    );
    return ids.sort();
  }

  /** Where a node is drawn, in flow coordinates (its transform). */
  async position(id: string): Promise<Point> {
    return this.node(id).evaluate((element) => {
      const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
      return { x: Math.round(matrix.m41), y: Math.round(matrix.m42) };
    });
  }

  /** Drags a node with real mouse moves, by screen pixels. */
  async drag(id: string, dx: number, dy: number): Promise<void> {
    const box = await this.node(id).boundingBox();
    if (!box) throw new Error(`${id} is not on screen`);
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const mouse = this.page.mouse;
    await mouse.move(start.x, start.y);
    await mouse.down();
    const steps = 12;
    for (let step = 1; step <= steps; step++) {
      await mouse.move(start.x + (dx * step) / steps, start.y + (dy * step) / steps);
    }
    await mouse.up();
  }

  exportFiles(): Promise<Record<string, string | null>> {
    return this.page.evaluate(() => window.karma.exportFiles());
  }

  /** Waits until the working state has been kept in IndexedDB. */
  async waitForAutosave(): Promise<void> {
    await expect(this.page.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");
  }
}
