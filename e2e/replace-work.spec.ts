import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import "./support/karma-window.ts";

const zone = "route53-zone/strall-com";

test("opening another repository over unexported work asks first, and keeping it is the default", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await page.keyboard.press("Control+k");
  await page.getByRole("combobox", { name: "Find a component" }).fill("route53-zone/strall");
  await page.keyboard.press("Enter");
  await inspector.expectShowing(zone);
  await inspector.setField("comment", "Zone of strall.com");
  const edited = await editor.exportFiles();
  expect(Object.keys(edited)).toHaveLength(1);

  await editor.button("Open").click();
  await page.getByRole("menuitem", { name: /Sample repository/ }).click();
  const dialog = page.getByTestId("replace-work-dialog");
  await expect(dialog).toContainText("1 changed file is not exported yet");
  // the safe choice has the focus: Enter keeps the work
  await expect(dialog.getByRole("button", { name: "Keep working" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  expect(await editor.exportFiles()).toEqual(edited);
  // and focus is back where it was, not lost to the page
  await expect(editor.button("Open")).toBeFocused();

  // Export first leads to the export, Discard opens
  await editor.button("Open").click();
  await page.getByRole("menuitem", { name: /Sample repository/ }).click();
  await dialog.getByRole("button", { name: "Export first" }).click();
  await expect(page.getByTestId("export-dialog")).toContainText("Export 1 changed file");
  await page.keyboard.press("Escape");
  await editor.button("Open").click();
  await page.getByRole("menuitem", { name: /Sample repository/ }).click();
  await dialog.getByRole("button", { name: "Discard changes and open" }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => editor.exportFiles()).toEqual({});
});
