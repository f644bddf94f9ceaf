import { expect, type Locator, type Page } from "@playwright/test";

/** The canvas's View toolbar: find, focus, trace, filter, diagram export. */
export class ViewToolbar {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole("toolbar", { name: "View" });
  }

  button(name: string): Locator {
    return this.root.getByRole("button", { name, exact: true });
  }

  get depth(): Locator {
    return this.root.getByLabel("Depth");
  }

  get traceResult(): Locator {
    return this.page.getByTestId("trace-result");
  }

  /** The body of a menu (Filter, Diagram): what its button controls, shown or not. */
  async menuBody(name: "Filter" | "Diagram"): Promise<Locator> {
    const id = await this.button(name).getAttribute("aria-controls");
    return this.page.locator(`[id="${id}"]`);
  }

  /** Opens a menu (Filter, Diagram) with a click, unless it is open, and returns its body. */
  async menu(name: "Filter" | "Diagram"): Promise<Locator> {
    const button = this.button(name);
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    const body = await this.menuBody(name);
    await expect(body).toBeVisible();
    return body;
  }

  get finder(): Locator {
    return this.page.getByTestId("finder");
  }

  get finderInput(): Locator {
    return this.page.getByRole("combobox", { name: "Find a component" });
  }
}
