import type { Locator, Page } from "@playwright/test";

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

  /** Opens a menu (Filter, Diagram) and returns its body. */
  async menu(name: "Filter" | "Diagram"): Promise<Locator> {
    const summary = this.root.locator("summary", { hasText: name });
    await summary.click();
    return summary.locator("xpath=..").locator(".view-menu-body");
  }

  get finder(): Locator {
    return this.page.getByTestId("finder");
  }

  get finderInput(): Locator {
    return this.page.getByRole("combobox", { name: "Find a component" });
  }
}
