import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import "./support/karma-window.ts";

test("from page load, Tab reaches a node of the canvas within 15 presses, and the node is marked", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  let presses = 0;
  for (; presses < 15; presses++) {
    const onNode = await page.evaluate(() =>
      document.activeElement?.classList.contains("react-flow__node"),
    );
    if (onNode) break;
    await page.keyboard.press("Tab");
  }
  const focused = page.locator(".react-flow__node:focus");
  await expect(focused).toHaveCount(1);
  expect(presses).toBeLessThanOrEqual(15);
  // the focus mark: a solid outline on the card, not the browser's faint default
  const outline = await focused
    .locator(":scope > *")
    .evaluate(
      (card) => `${getComputedStyle(card).outlineStyle} ${getComputedStyle(card).outlineWidth}`,
    );
  expect(outline).toBe("solid 3px");
});

test("the skip link is the first stop and lands on the canvas", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the canvas" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator(".react-flow__node:focus")).toHaveCount(1);
});

test("lists are one Tab stop each: arrows move inside, Tab leaves", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const first = page.getByTestId("palette-item-serverless-site");
  await page.getByRole("searchbox", { name: "Search component types" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("palette-item-vpc")).toBeFocused();
  await page.keyboard.press("Tab");
  // past every other palette entry, onto the first row of the issues list
  await expect(page.locator(".issue-row").first()).toBeFocused();
});

test("the header's toolbars are one Tab stop each: arrows move between their buttons", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const repository = page.getByRole("toolbar", { name: "Repository" });
  const output = page.getByRole("toolbar", { name: "Output" });
  await repository.getByRole("button", { name: "Open" }).focus();
  await page.keyboard.press("ArrowRight");
  // the environment switcher, then on to the buttons
  await expect(repository.getByRole("combobox")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(repository.getByRole("button", { name: "Compare", exact: true })).toBeFocused();
  // Tab leaves the toolbar for the next one, on its first enabled button (Undo has nothing yet)
  await page.keyboard.press("Tab");
  await expect(editor.button("Auto layout")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(output.getByRole("button", { name: "Plan" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(output.getByRole("button", { name: /Switch to (dark|light) theme/ })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(output.getByRole("button", { name: "Export" })).toBeFocused();
  // back into the first toolbar: the button the user was on
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(repository.getByRole("button", { name: "Compare", exact: true })).toBeFocused();
});

test("after the finder, the keyboard is on the component chosen", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.keyboard.press("Control+k");
  await page.getByRole("combobox", { name: "Find a component" }).fill("adage");
  await page.keyboard.press("Enter");
  await expect(editor.node("serverless-site/adage-usekarma-dev")).toBeFocused();
});
