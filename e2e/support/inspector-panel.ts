import { expect, type Locator, type Page } from "@playwright/test";

/** The inspector of the selected component (`[data-testid="inspector"]`). */
export class InspectorPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("inspector");
  }

  /** The input of a config field, by its key path (dots for nesting). */
  field(path: string): Locator {
    return this.root.locator(`[name="${path}"]`);
  }

  get nickname(): Locator {
    return this.root.getByRole("textbox", { name: "Nickname", exact: true });
  }

  get json(): Locator {
    return this.root.getByRole("textbox", { name: "Config JSON", exact: true });
  }

  /** The text of the JSON tab's editor (a code editor, not a textarea: it has no value). */
  async jsonText(): Promise<string> {
    return this.json.evaluate((element) =>
      Array.from(element.querySelectorAll(".cm-line"), (line) => line.textContent).join("\n"),
    );
  }

  tab(name: "Config" | "JSON" | "Lineage" | "Runtime"): Locator {
    return this.root.getByRole("tab", { name, exact: true });
  }

  async expectShowing(id: string): Promise<void> {
    await expect(this.root).toHaveAttribute("aria-label", `Details of ${id}`);
  }

  /** Types into a field and commits with Enter. */
  async setField(path: string, text: string): Promise<void> {
    await this.field(path).fill(text);
    await this.field(path).press("Enter");
  }
}

/** The lines of `after` that differ from `before`, as [line number, old, new]; both must have as many lines. */
export function changedLines(before: string, after: string): [number, string, string][] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b.length).toBe(a.length);
  const changes: [number, string, string][] = [];
  b.forEach((line, index) => {
    if (line !== a[index]) changes.push([index + 1, a[index]!, line]);
  });
  return changes;
}
