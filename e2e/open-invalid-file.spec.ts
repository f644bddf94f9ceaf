import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { readFixture, readSample, sampleDir } from "./support/fixtures.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import "./support/karma-window.ts";

const broken = "iac/prod/serverless-api/broken/config.json";

test("a repository with an invalid file opens; the error names the file, line and column", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  const text = readFixture("invalid-placeholder.config.json");
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes("<<")) + 1;
  const column = lines[line - 1]!.indexOf("<<") + 1;
  const where = `${broken}:${line}:${column}`;

  await editor.loadFiles({ ...readSample(), [broken]: text });

  await expect(editor.notice).toContainText("could not be read");
  await expect(editor.notice).toContainText(where);
  const issues = page.getByRole("complementary", { name: "Issues" });
  await expect(issues).toContainText(where);

  // everything else loaded
  await expect(page.locator(".react-flow__node-component")).toHaveCount(12);
  await expect(editor.node("serverless-site/strall-com")).toBeVisible();
  await expect(editor.node("serverless-api/broken")).toHaveAttribute("data-issues", "1");

  // an error the user did not make does not stand in the way of their own edits: it is listed
  const zone = "route53-zone/strall-com";
  await page.keyboard.press("Control+k");
  await page.getByRole("combobox", { name: "Find a component" }).fill("route53-zone/strall");
  await page.keyboard.press("Enter");
  await inspector.expectShowing(zone);
  await inspector.setField("comment", "Zone of strall.com");
  await editor.button("Export").click();
  const dialog = page.getByTestId("export-dialog");
  await expect(dialog).toContainText("Export 1 changed file");
  const earlier = dialog.getByTestId("pre-existing-errors");
  await earlier.locator("summary").click();
  await earlier.getByRole("button", { name: new RegExp(where) }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.node("serverless-api/broken")).toHaveAttribute("data-lineage", "self");
  // a file that does not parse opens on its text, the error's line marked
  await expect(inspector.tab("JSON")).toHaveAttribute("aria-selected", "true");
  const marked = inspector.root.locator(".cm-error-line");
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText("<<");

  // an error the change brings (a zone deleted while a site still names it) refuses the export
  await page.keyboard.press("Control+k");
  await page.getByRole("combobox", { name: "Find a component" }).fill("route53-zone/strall");
  await page.keyboard.press("Enter");
  await inspector.expectShowing(zone);
  await inspector.root.getByRole("button", { name: `Delete ${zone}` }).click();
  await page
    .getByTestId("delete-dialog")
    .getByRole("button", { name: "Delete", exact: true })
    .click();
  await editor.button("Export").click();
  await expect(dialog).toContainText("Export refused");
  await expect(dialog).toContainText(`${zone} is deleted by this change`);
});

test("a long issues list shows components with errors first, a page at a time", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const files: Record<string, string> = {};
  for (let i = 0; i < 150; i++) {
    // a key s3-bucket does not read: a note each
    files[`iac/prod/s3-bucket/bucket-${i}/config.json`] =
      `{ "bucket_name": "bucket-${i}", "colour": "blue" }\n`;
  }
  // sorted last by name, but its error comes first
  files["iac/prod/s3-bucket/zz-broken/config.json"] = "{}\n";
  await editor.loadFiles(files);

  const issues = page.getByRole("complementary", { name: "Issues" });
  const groups = issues.locator(".issue-group");
  await expect(groups).toHaveCount(100);
  await expect(groups.first()).toHaveAttribute("data-component", "s3-bucket/zz-broken");
  await issues.getByRole("button", { name: /^Show more \(51 more components/ }).click();
  await expect(groups).toHaveCount(151);
  await expect(issues.getByRole("button", { name: /^Show more/ })).toHaveCount(0);
});

test("hostile files in an opened folder: each is an error at its file, the rest opens, a byte-order mark is kept", async ({
  page,
}) => {
  await page.addInitScript(() => {
    // the folder input, which reads files the way every browser can
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  });
  const folder = join(mkdtempSync(join(tmpdir(), "karma-hostile-")), "hostile-config");
  cpSync(sampleDir, folder, { recursive: true });
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  };
  const deep = "iac/prod/s3-bucket/deep/config.json";
  const latin1 = "iac/prod/s3-bucket/latin1/config.json";
  const bom = "iac/prod/s3-bucket/bom/config.json";
  put(deep, `{"bucket_name": "deep", "x": ${"[".repeat(5000)}${"]".repeat(5000)}}`);
  put(latin1, Buffer.from('{"bucket_name": "caf\xe9"}', "latin1"));
  put(bom, '\ufeff{\n  "bucket_name": "bom"\n}\n');

  const editor = new EditorPage(page);
  await editor.open();
  await editor.button("Open").click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("menuitem", { name: /Folder/ }).click();
  await (await chooser).setFiles(folder);

  await expect(editor.node("s3-bucket/bom")).toBeVisible();
  await expect(editor.notice).toContainText("could not be read");
  const issues = await page.evaluate(() => window.karma.getIssues());
  const errorAt = (file: string) =>
    issues.filter((issue) => issue.file === file && issue.severity === "error");
  expect(errorAt(deep)).toEqual([
    expect.objectContaining({
      line: 1,
      column: 93,
      message: expect.stringMatching(/nested deeper than 64 levels/),
    }),
  ]);
  expect(errorAt(latin1)).toEqual([
    expect.objectContaining({
      code: "not-read",
      message: "not read: is not UTF-8 text; save it as UTF-8",
    }),
  ]);
  expect(errorAt(bom)).toEqual([]);

  // the page stays responsive, and nothing is changed by opening
  await expect(editor.node("s3-bucket/deep")).toHaveAttribute("data-issues", "1");
  const workspace = await page.evaluate(() => window.karma.getWorkspace());
  expect(workspace.files[bom]?.startsWith("\ufeff")).toBe(true);
  expect(workspace.files).not.toHaveProperty(latin1);
  expect(await page.evaluate(() => window.karma.exportFiles())).toEqual({});
});
