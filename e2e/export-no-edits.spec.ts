import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { readSample } from "./support/fixtures.ts";
import "./support/karma-window.ts";

test("open then export without edits writes nothing, and says so", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadFiles(readSample());
  await expect(page.locator(".react-flow__node-component")).toHaveCount(11);
  expect(await editor.exportFiles()).toEqual({});

  let downloads = 0;
  page.on("download", () => downloads++);
  await editor.button("Export").click();
  await expect(editor.notice).toContainText("Nothing to export");
  await expect(page.getByTestId("export-dialog")).toHaveCount(0);
  expect(downloads).toBe(0);
});
