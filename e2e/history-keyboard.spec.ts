import { expect, type Page, test } from "@playwright/test";
import {
  dragBetween,
  dropBelow,
  dropFromPalette,
  emptyDev,
  handle,
  openEmptyDev,
} from "./support/canvas-gestures.ts";
import { EditorPage } from "./support/editor-page.ts";
import { readSampleFile } from "./support/fixtures.ts";
import "./support/karma-window.ts";

const vpc = "vpc/vpc-1";
const cluster = "ecs-cluster/ecs-cluster-1";

test.use({ viewport: { width: 1600, height: 900 } });

test.beforeEach(async ({ page }) => {
  await openEmptyDev(page, readSampleFile(emptyDev));
});

function history(page: Page) {
  const panel = page.getByTestId("history-panel");
  return {
    panel,
    steps: panel.getByRole("listitem"),
    step: (label: string) => panel.getByRole("button", { name: label, exact: true }),
  };
}

test("the history lists each step in words and jumps back and forth; undoing all exports nothing", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await dropFromPalette(page, "vpc", { x: 300, y: 200 });
  await expect(editor.node(vpc)).toBeVisible();
  await dropBelow(page, "ecs-cluster", editor.node(vpc));
  await dragBetween(
    page,
    handle(editor.node(cluster), "target"),
    handle(editor.node(vpc), "source"),
  );
  await expect(editor.edge(cluster, vpc, "vpc_nickname")).toHaveCount(1);

  const { steps, step } = history(page);
  await expect(steps).toHaveText([
    "Opened the loaded files",
    `Add ${vpc}`,
    `Add ${cluster}`,
    `Connect ${cluster} → ${vpc} (vpc_nickname)`,
  ]);

  await step(`Add ${vpc}`).click();
  await expect(editor.node(cluster)).toHaveCount(0);
  await expect(step(`Add ${vpc}`)).toHaveAttribute("aria-current", "step");
  expect(Object.keys(await editor.exportFiles()).sort()).toEqual([
    ".karma/layout/dev.json",
    "iac/dev/vpc/vpc-1/config.json",
  ]);
  // the later steps stay listed, to go forward again
  await step(`Connect ${cluster} → ${vpc} (vpc_nickname)`).click();
  await expect(editor.edge(cluster, vpc, "vpc_nickname")).toHaveCount(1);

  // undo all of it with the keyboard: nothing to export
  for (let i = 0; i < 3; i++) await page.keyboard.press("Control+z");
  await expect(editor.nodes).toHaveCount(0);
  expect(await editor.exportFiles()).toEqual({});
  await expect(editor.button("Undo")).toBeDisabled();
  await editor.button("Redo").click();
  await expect(editor.node(vpc)).toBeVisible();
  await step("Opened the loaded files").click();
  expect(await editor.exportFiles()).toEqual({});
});

test("keyboard: duplicate, nudge, select all, Escape, Delete, and the shortcuts sheet", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const { steps } = history(page);
  await dropFromPalette(page, "vpc", { x: 300, y: 200 });
  await expect(editor.node(vpc)).toHaveClass(/selected/);
  // a new component's nickname has the keyboard; back on the canvas, shortcuts apply
  await expect(page.getByTestId("inspector").getByLabel("Nickname")).toBeFocused();
  await editor.node(vpc).click();

  await page.keyboard.press("Control+d");
  const copy = "vpc/vpc-2";
  await expect(editor.node(copy)).toHaveClass(/selected/);
  await expect(steps.last()).toHaveText(`Duplicate ${vpc} as ${copy}`);

  const at = await editor.position(copy);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => editor.position(copy)).toEqual({ x: at.x + 5, y: at.y });
  await page.keyboard.press("Shift+ArrowDown");
  await expect.poll(() => editor.position(copy)).toEqual({ x: at.x + 5, y: at.y + 20 });
  await expect(steps.last()).toHaveText(`Move ${copy}`);
  await expect(steps).toHaveCount(5);

  await page.keyboard.press("Control+a");
  await expect(page.locator(".react-flow__node.selected")).toHaveCount(2);
  await page.keyboard.press("Escape");
  await expect(page.locator(".react-flow__node.selected")).toHaveCount(0);

  // shortcuts do not fire while typing
  const search = page.getByRole("searchbox", { name: "Search component types" });
  await search.fill("");
  await search.press("?");
  await search.press("Control+a");
  await search.press("Backspace");
  await expect(page.getByTestId("shortcuts-sheet")).toHaveCount(0);
  await expect(editor.nodes).toHaveCount(2);

  // a multi-select delete, confirmed, is one step
  await editor.node(vpc).click();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  const dialog = page.getByTestId("delete-dialog");
  await expect(dialog).toContainText(vpc);
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(editor.nodes).toHaveCount(0);
  await expect(steps.last()).toHaveText("Delete 2 components");
  await editor.button("Undo").click();
  await expect(editor.nodes).toHaveCount(2);

  await page.locator("body").press("?");
  const sheet = page.getByTestId("shortcuts-sheet");
  for (const key of ["Ctrl+Z", "Delete", "Ctrl+A", "Escape", "Ctrl+D", "Arrow keys", "?"]) {
    await expect(sheet.getByRole("cell", { name: key, exact: true })).toBeVisible();
  }
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
});
