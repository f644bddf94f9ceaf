import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { changedLines, InspectorPanel } from "./support/inspector-panel.ts";
import "./support/karma-window.ts";

const siteFile = "iac/prod/serverless-site/strall-com/config.json";

async function workspaceText(editor: EditorPage, file: string): Promise<string> {
  return editor.page.evaluate(
    (path) => (window.karma.getWorkspace() as { files: Record<string, string> }).files[path]!,
    file,
  );
}

test("editing a field in the inspector changes exactly that line of one file", async ({ page }) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  const before = await workspaceText(editor, siteFile);

  await editor.node("serverless-site/strall-com").click();
  await inspector.expectShowing("serverless-site/strall-com");
  await expect(inspector.tab("Config")).toHaveAttribute("aria-selected", "true");
  const comment = inspector.field("cloudfront_comment");
  await expect(comment).toHaveValue("Static site for strall.com (prod)");
  // the form shows the type's description and default next to the field
  await expect(inspector.root.locator('[data-field="enable_custom_domain"]')).toContainText(
    "Default: false",
  );

  // typing only changes the draft; Enter commits it as one edit
  await comment.fill("Static site for strall.com");
  expect(await editor.exportFiles()).toEqual({});
  await comment.press("Enter");

  const exported = await editor.exportFiles();
  expect(Object.keys(exported)).toEqual([siteFile]);
  expect(changedLines(before, exported[siteFile]!)).toEqual([
    [
      4,
      '  "cloudfront_comment": "Static site for strall.com (prod)",',
      '  "cloudfront_comment": "Static site for strall.com",',
    ],
  ]);
  await expect(editor.node("serverless-site/strall-com")).toHaveAttribute("data-plan", "update");

  await editor.button("Undo").click();
  expect(await editor.exportFiles()).toEqual({});
  await expect(comment).toHaveValue("Static site for strall.com (prod)");
});

test("nested fields are named by key path, validated as typed, and Escape reverts", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await editor.node("lambda/demo-api").click();
  await inspector.expectShowing("lambda/demo-api");

  const memory = inspector.field("functions.echo.memory_size");
  await expect(memory).toHaveValue("128");
  await memory.fill("lots");
  await expect(inspector.root.locator('[data-field="functions.echo.memory_size"]')).toContainText(
    '"lots" is not a number',
  );
  await memory.press("Escape");
  await expect(memory).toHaveValue("128");
  expect(await editor.exportFiles()).toEqual({});

  // keys the type does not read are shown, read-only, and kept
  await editor.node("serverless-site/strall-com").click();
  await expect(inspector.field("index_document")).toHaveValue('"index.html"');
  await expect(inspector.field("index_document")).not.toBeEditable();
});

test("a reference field picks from the components of the target type", async ({ page }) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await editor.node("serverless-site/strall-com").click();
  const zone = inspector.field("route53_zone_name");
  await expect(zone).toHaveValue("strall.com.");
  await expect(zone.locator("option")).toContainText(["strall.com.", "usekarma.dev."]);

  await zone.selectOption("usekarma.dev.");
  await expect(
    editor.edge("serverless-site/strall-com", "route53-zone/usekarma-dev", "route53_zone_name"),
  ).toHaveCount(1);
  const exported = await editor.exportFiles();
  expect(Object.keys(exported)).toEqual([siteFile]);
  expect(exported[siteFile]).toContain('"route53_zone_name": "usekarma.dev.",');
});

test("the JSON tab shows syntax errors with line and column and applies only valid text", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  const before = await workspaceText(editor, siteFile);
  await editor.node("serverless-site/strall-com").click();
  await inspector.tab("JSON").click();
  await expect.poll(() => inspector.jsonText()).toBe(before);
  // a code editor: line numbers beside the text
  await expect(inspector.root.locator(".cm-lineNumbers")).toContainText("12");

  const broken = before.replace('"site_name": "strall.com",', '"site_name": "strall.com"');
  await inspector.json.fill(broken);
  const problems = inspector.root.getByRole("list", { name: "Problems of the JSON" });
  await expect(problems).toContainText(/Line 3, column 3: /);
  await expect(inspector.root.locator(".cm-error-line")).toHaveCount(1);
  await expect(inspector.root.getByRole("button", { name: "Apply" })).toBeDisabled();
  await inspector.tab("Config").focus(); // blur: not applied
  expect(await editor.exportFiles()).toEqual({});

  // schema errors show as you type, and a valid text is applied with Ctrl+Enter as one edit
  await inspector.tab("JSON").click();
  const edited = before.replace('"enable_custom_domain": true', '"enable_custom_domain": "yes"');
  await inspector.json.fill(edited);
  await expect(problems).toContainText(/Line 7, column 3: expected true or false/);
  await inspector.json.press("Control+Enter");
  expect(await editor.exportFiles()).toEqual({ [siteFile]: edited });

  await editor.button("Undo").click();
  expect(await editor.exportFiles()).toEqual({});
  await expect.poll(() => inspector.jsonText()).toBe(before);
});
