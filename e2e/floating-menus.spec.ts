import { expect, type Locator, type Page, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { ViewToolbar } from "./support/view-toolbar.ts";
import "./support/karma-window.ts";

const zone = "route53-zone/usekarma-dev";
const site = "serverless-site/adage-usekarma-dev";

/**
 * What draws over a menu, checked where a person looks: a grid of points across its body must
 * each hit the menu itself. Names whatever covers a point otherwise.
 */
async function coveringMenu(menu: Locator): Promise<string[]> {
  return menu.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const found: string[] = [];
    for (let i = 0; i <= 4; i++) {
      for (let j = 0; j <= 4; j++) {
        const x = box.left + 3 + ((box.width - 6) * i) / 4;
        const y = box.top + 3 + ((box.height - 6) * j) / 4;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !element.contains(hit)) {
          found.push(`${hit?.tagName.toLowerCase()}.${hit?.getAttribute("class") ?? ""}`);
        }
      }
    }
    return found;
  });
}

/** A point of the canvas with nothing on it: where a person clicks to dismiss something. */
async function emptyCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.locator(".react-flow__pane").evaluate((pane) => {
    const box = pane.getBoundingClientRect();
    for (let y = box.bottom - 40; y > box.top + 40; y -= 20) {
      for (let x = box.left + box.width / 2; x < box.right - 20; x += 20) {
        if (document.elementFromPoint(x, y) === pane) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error("no empty point on the canvas");
  return point;
}

/** The nodes drawn on the canvas that a person cannot see whole (the canvas clips them). */
async function outOfSight(editor: EditorPage): Promise<string[]> {
  const hidden: string[] = [];
  for (const id of await editor.nodeIds()) {
    const whole = await editor.node(id).evaluate(
      (element) =>
        new Promise<boolean>((resolve) => {
          const observer = new IntersectionObserver(([entry]) => {
            observer.disconnect();
            resolve(entry!.intersectionRatio > 0.99);
          });
          observer.observe(element);
        }),
    );
    if (!whole) hidden.push(id);
  }
  return hidden;
}

test("one menu is open at a time: opening one closes the other", async ({ page }) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();
  const filter = await view.menuBody("Filter");
  const diagram = await view.menuBody("Diagram");

  await view.button("Filter").click();
  await expect(filter).toBeVisible();
  await expect(view.button("Filter")).toHaveAttribute("aria-expanded", "true");
  await view.button("Diagram").click();
  await expect(diagram).toBeVisible();
  await expect(filter).toBeHidden();
  await expect(view.button("Filter")).toHaveAttribute("aria-expanded", "false");

  // from the keyboard too: back to the Filter button and open it
  await expect(view.button("Diagram")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(view.button("Filter")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(filter).toBeVisible();
  await expect(diagram).toBeHidden();
  await expect(view.button("Diagram")).toHaveAttribute("aria-expanded", "false");

  // and its button closes it again
  await view.button("Filter").click();
  await expect(filter).toBeHidden();
});

test("Escape closes the open menu and gives focus back to its button; so does a click outside", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();
  await editor.node(zone).click();
  await expect(editor.node(zone)).toHaveAttribute("data-lineage", "self");

  const filter = await view.menu("Filter");
  await page.keyboard.press("Tab");
  await expect(filter.getByLabel("Issues")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(filter).toBeHidden();
  await expect(view.button("Filter")).toBeFocused();
  // that Escape was the menu's: the selection stays, and the next Escape clears it
  await expect(editor.node(zone)).toHaveAttribute("data-lineage", "self");
  await page.keyboard.press("Escape");
  await expect(editor.node(zone)).not.toHaveAttribute("data-lineage", /.*/);

  // opened with the keyboard, Escape right away
  await page.keyboard.press("Tab");
  await expect(view.button("Diagram")).toBeFocused();
  await page.keyboard.press("Enter");
  const diagram = await view.menuBody("Diagram");
  await expect(diagram).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(diagram).toBeHidden();
  await expect(view.button("Diagram")).toBeFocused();

  // a click on the canvas, then one on the palette
  await view.menu("Diagram");
  const empty = await emptyCanvasPoint(page);
  await page.mouse.click(empty.x, empty.y);
  await expect(diagram).toBeHidden();
  await view.menu("Filter");
  await page.getByRole("heading", { name: "Components" }).click();
  await expect(filter).toBeHidden();
});

test("menus draw above the trace result and every other overlay of the canvas", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();
  await editor.node(site).click();
  await editor.node(zone).click({ modifiers: ["Shift"] });
  await view.button("Trace").click();
  await expect(view.traceResult).toHaveText(`Path: ${site} → ${zone}`);

  const filter = await view.menu("Filter");
  expect(await coveringMenu(filter)).toEqual([]);
  // a person can use all of it: Playwright clicks a checkbox only where nothing covers it
  for (const box of await filter.getByRole("checkbox").all()) {
    await box.uncheck();
    await box.check();
  }
  const diagram = await view.menu("Diagram");
  await expect(filter).toBeHidden();
  expect(await coveringMenu(diagram)).toEqual([]);
  await expect(diagram.getByRole("button", { name: "Mermaid" })).toBeEnabled();
  await diagram.getByRole("button", { name: "Mermaid" }).click();
  await expect(page.getByTestId("mermaid-dialog")).toBeVisible();
  await page.getByTestId("mermaid-dialog").getByRole("button", { name: "Close" }).click();
  // the trace result is still there, under the menus while they were open
  await expect(view.traceResult).toBeVisible();
  await expect(view.button("Diagram")).toBeFocused();
});

test("changing a filter fits the view to what is left", async ({ page }) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  const zoomIn = async () => {
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, -300);
  };

  // zoomed in far enough that part of the graph is out of sight
  await expect
    .poll(async () => {
      await zoomIn();
      return (await outOfSight(editor)).length;
    })
    .toBeGreaterThan(3);
  const filter = await view.menu("Filter");
  await filter.getByLabel("Issues").selectOption("warnings");
  await expect(editor.nodes).not.toHaveCount(13);
  await expect.poll(() => outOfSight(editor)).toEqual([]);

  await filter.getByRole("button", { name: "Show all" }).click();
  await expect(editor.nodes).toHaveCount(13);
  await expect.poll(() => outOfSight(editor)).toEqual([]);

  await page.keyboard.press("Escape");
  await expect(filter).toBeHidden();
  await expect
    .poll(async () => {
      await zoomIn();
      return (await outOfSight(editor)).length;
    })
    .toBeGreaterThan(3);
  await (await view.menu("Filter")).getByRole("checkbox", { name: "route53-zone" }).uncheck();
  await expect(editor.nodes).toHaveCount(11);
  await expect.poll(() => outOfSight(editor)).toEqual([]);
});

test("a link keeps the filter, focus and trace: opened in a new tab it shows the same view", async ({
  page,
  context,
}) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();
  const entries = await page.evaluate(() => history.length);

  await editor.node(site).click();
  await editor.node(zone).click({ modifiers: ["Shift"] });
  await view.button("Trace").click();
  await view.button("Focus").click();
  await expect(editor.nodes).toHaveCount(5);
  const filter = await view.menu("Filter");
  await filter.getByRole("checkbox", { name: "serverless-api" }).uncheck();
  await expect(editor.nodes).toHaveCount(3);
  await page.keyboard.press("Escape");
  await expect(filter).toBeHidden();

  const url = page.url();
  expect(new URL(url).search).toBe(
    `?env=prod&select=${zone}&trace=${site}&focus=2&hide=serverless-api`,
  );
  // the address is replaced, never pushed: Back leaves the page as before
  expect(await page.evaluate(() => history.length)).toBe(entries);
  const shown = await editor.nodeIds();
  const path = await view.traceResult.textContent();

  const tab = await context.newPage();
  const copy = new EditorPage(tab);
  const copyView = new ViewToolbar(tab);
  await tab.goto(url);
  await copy.waitForGraph();
  await expect(copy.nodes).toHaveCount(shown.length);
  expect(await copy.nodeIds()).toEqual(shown);
  await expect(copy.node(zone)).toHaveAttribute("data-lineage", "self");
  await expect(copyView.traceResult).toHaveText(path!);
  await expect(copyView.button("Leave focus")).toHaveAttribute("aria-pressed", "true");
  await expect(copyView.depth).toHaveValue("2");
  const copyFilter = await copyView.menu("Filter");
  await expect(copyFilter.getByRole("checkbox", { name: "serverless-api" })).not.toBeChecked();
  await expect(copyFilter.getByRole("checkbox", { name: "serverless-site" })).toBeChecked();
  expect(tab.url()).toBe(url);
});

test("a link naming what the repository does not have opens the rest, without errors", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(
    "/?env=prod&select=vpc/gone&trace=vpc/gone&focus=2&hide=no-such-type&hide=lambda&issues=any",
  );
  await editor.waitForGraph();
  await expect(editor.nodes).toHaveCount(11);
  await expect(page).toHaveURL(/\?env=prod&hide=lambda$/);
  await expect(view.traceResult).toHaveCount(0);
  await expect(view.button("Focus")).toBeDisabled();
  const filter = await view.menu("Filter");
  await expect(filter.getByRole("checkbox", { name: "lambda" })).not.toBeChecked();
  await expect(filter.getByLabel("Issues")).toHaveValue("all");
  expect(errors).toEqual([]);
});
