import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { readFixture, readSample } from "./support/fixtures.ts";
import "./support/karma-window.ts";

const broken = "iac/prod/serverless-api/broken/config.json";

test("a repository with an invalid file opens; the error names the file, line and column", async ({
  page,
}) => {
  const editor = new EditorPage(page);
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

  // export is refused while the error is there, and the error leads to its component
  await editor.button("Export").click();
  const dialog = page.getByTestId("export-dialog");
  await expect(dialog).toContainText("Export refused");
  await dialog.getByRole("button", { name: new RegExp(where) }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.node("serverless-api/broken")).toHaveAttribute("data-lineage", "self");
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
