import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { strToU8, zipSync } from "fflate";
import { EditorPage } from "./support/editor-page.ts";
import { readSample, sampleDir } from "./support/fixtures.ts";

// a component the sample lacks, so the canvas shows which repository is open
const extraPath = "iac/prod/s3-bucket/opened-by-user/config.json";
const extraText = '{\n  "bucket_name": "opened-by-user"\n}\n';

test("a .zip downloaded from GitHub opens: its top folder is stripped and its components shown", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(readSample())) {
    entries[`aws-config-main/${path}`] = strToU8(text);
  }
  entries[`aws-config-main/${extraPath}`] = strToU8(extraText);

  await editor.button("Open").click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("menuitem", { name: /Zip file/ }).click();
  await (await chooser).setFiles({
    name: "aws-config-main.zip",
    mimeType: "application/zip",
    buffer: Buffer.from(zipSync(entries)),
  });

  await expect(editor.node("s3-bucket/opened-by-user")).toBeVisible();
  await expect(page.locator(".react-flow__node-component")).toHaveCount(12);
  expect(await page.evaluate(() => window.karma.exportFiles())).toEqual({});
});

test("a folder opens through the folder input where the browser has no directory picker", async ({
  page,
}) => {
  await page.addInitScript(() => {
    // as in Firefox and Safari
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  });
  const folder = join(mkdtempSync(join(tmpdir(), "karma-open-")), "my-config");
  cpSync(sampleDir, folder, { recursive: true });
  mkdirSync(join(folder, "iac/prod/s3-bucket/opened-by-user"), { recursive: true });
  writeFileSync(join(folder, extraPath), extraText);

  const editor = new EditorPage(page);
  await editor.open();
  await editor.button("Open").click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("menuitem", { name: /Folder/ }).click();
  await (await chooser).setFiles(folder);

  await expect(editor.node("s3-bucket/opened-by-user")).toBeVisible();
  await expect(page.locator(".react-flow__node-component")).toHaveCount(12);
  expect(await page.evaluate(() => window.karma.exportFiles())).toEqual({});
});
