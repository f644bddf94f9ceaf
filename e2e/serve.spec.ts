import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { freePort, type ServedCopy, serveSampleCopy } from "./support/karma-serve.ts";
import "./support/karma-window.ts";

const bucket = "iac/prod/s3-bucket/demo-api/config.json";

let served: ServedCopy;
test.beforeEach(async () => {
  served = await serveSampleCopy();
});
test.afterEach(async () => {
  await served.stop();
});

/** Opens the address karma serve printed and renames the demo-api bucket in the inspector. */
async function editBucketName(editor: EditorPage): Promise<void> {
  await editor.page.goto(served.url);
  await editor.waitForGraph();
  await expect(editor.button("Save")).toBeVisible();
  await expect(editor.button("Export")).toHaveCount(0);
  await editor.node("s3-bucket/demo-api").click();
  const field = editor.page.locator('[data-testid="inspector"] [name="bucket_name"]');
  await field.fill("usekarma.dev-prod-demo-api-v2");
  await field.press("Enter");
  await expect.poll(() => editor.exportFiles()).toHaveProperty([bucket]);
}

test("under karma serve, Save writes exactly the edited field to the file on disk", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const before = await readFile(join(served.dir, bucket), "utf8");
  await editBucketName(editor);

  await editor.button("Save").click();
  await expect(editor.notice).toContainText("Saved 1 file");
  expect(await readFile(join(served.dir, bucket), "utf8")).toBe(
    before.replace('"usekarma.dev-prod-demo-api"', '"usekarma.dev-prod-demo-api-v2"'),
  );
  // the saved files are the new baseline: nothing left to save
  expect(await editor.exportFiles()).toEqual({});
});

test("a file changed on disk since it was read is a conflict: nothing is written, the work stays, the user may overwrite", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editBucketName(editor);
  const onDisk = '{\n    "bucket_name": "changed-in-an-editor"\n}\n';
  await writeFile(join(served.dir, bucket), onDisk);

  await editor.button("Save").click();
  const conflict = page.getByTestId("save-conflict-dialog");
  await expect(conflict.getByRole("list", { name: "Files changed on disk" })).toHaveText(bucket);
  await expect(page.getByRole("alert")).toContainText(`${bucket} changed on disk`);
  expect(await readFile(join(served.dir, bucket), "utf8")).toBe(onDisk);
  expect(Object.keys(await editor.exportFiles())).toEqual([bucket]);

  // the user decides: their version replaces the one seen on disk
  const mine = (await editor.exportFiles())[bucket];
  await conflict.getByRole("button", { name: "Overwrite on disk" }).click();
  await expect(editor.notice).toContainText("Saved 1 file");
  await expect(conflict).toHaveCount(0);
  expect(await readFile(join(served.dir, bucket), "utf8")).toBe(mine);
  expect(await editor.exportFiles()).toEqual({});
});

test("unsaved work is offered back when the same repository is served again on the port, never for another one", async ({
  page,
}) => {
  // one port, so one browser origin and one autosave, as with karma serve's default port
  await served.stop();
  const port = await freePort();
  served = await serveSampleCopy(port);
  const editor = new EditorPage(page);
  await editBucketName(editor);
  await editor.waitForAutosave();

  // the same repository again: its work is offered back
  await page.goto(served.url);
  await expect(page.getByTestId("restore-prompt")).toContainText("1 changed file");

  // another repository on the same port: not offered, and the user is told where it belongs
  const first = served.dir;
  await served.stop();
  served = await serveSampleCopy(port);
  await page.goto(served.url);
  await editor.waitForGraph();
  await expect(page.getByTestId("restore-prompt")).toHaveCount(0);
  await expect(editor.notice).toContainText(`Unsaved work on ${first}`);
  expect(await editor.exportFiles()).toEqual({});
});
