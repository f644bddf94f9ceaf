import { generateRepository } from "@karma/core";
import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import "./support/karma-window.ts";

const id = "route53-zone/strall-com";

test("work survives a reload: it is offered back and restored", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.drag(id, 160, 120);
  const moved = await editor.position(id);
  const before = await editor.exportFiles();
  expect(Object.keys(before)).toEqual([".karma/layout/prod.json"]);
  await editor.waitForAutosave();

  await page.reload();
  const prompt = page.getByTestId("restore-prompt");
  await expect(prompt).toContainText("1 changed file");
  // the safe choice has the focus, never Discard
  await expect(prompt.getByRole("button", { name: "Restore" })).toBeFocused();
  await page.keyboard.press("Enter");
  await editor.waitForGraph();
  expect(await editor.exportFiles()).toEqual(before);
  expect(await editor.position(id)).toEqual(moved);
  // the undo history came back with the work
  await editor.button("Undo").click();
  await expect.poll(() => editor.exportFiles()).toEqual({});
  await expect(editor.button("Undo")).toBeDisabled();
});

test("work offered back after a reload can be discarded", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.drag(id, 160, 120);
  await editor.waitForAutosave();

  await page.reload();
  await page.getByTestId("restore-prompt").getByRole("button", { name: "Discard" }).click();
  await editor.waitForGraph();
  expect(await editor.exportFiles()).toEqual({});

  await page.reload();
  await editor.waitForGraph();
  await expect(page.getByTestId("restore-prompt")).toHaveCount(0);
});

test("a large repository's work survives a reload: its files are kept in parts, all restored", async ({
  page,
}) => {
  // 600 components: their files are kept in two parts, of 500 and the rest (autosave-db.ts)
  const files = generateRepository({ components: 600, environments: ["prod"], seed: 11 });
  const gone = Object.keys(files)
    .map((path) => /^iac\/prod\/([^/]+)\/([^/]+)\/config\.json$/.exec(path))
    .find((match) => match !== null)!;
  const id = `${gone[1]}/${gone[2]}`;
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadFiles(files);
  expect(await page.evaluate((ids) => window.karma.run("delete", { ids }).ok, [id])).toBe(true);
  const before = await editor.exportFiles();
  expect(before[`iac/prod/${id}/config.json`]).toBeNull();
  await editor.waitForAutosave();

  await page.reload();
  await page.getByTestId("restore-prompt").getByRole("button", { name: "Restore" }).click();
  await editor.waitForGraph();
  expect(await editor.exportFiles()).toEqual(before);
  // every file as opened comes back, but the deleted one
  const restored = await page.evaluate(() => window.karma.getWorkspace().files);
  const expected = { ...files };
  delete expected[`iac/prod/${id}/config.json`];
  expect(restored).toEqual(expected);
});
