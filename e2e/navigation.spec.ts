import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { ViewToolbar } from "./support/view-toolbar.ts";
import "./support/karma-window.ts";

test("the finder selects and centres a component typed by name", async ({ page }) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();

  await page.keyboard.press("Control+k");
  await expect(view.finder).toBeVisible();
  await view.finderInput.fill("adage");
  await expect(view.finder.getByRole("option").first()).toContainText("adage-usekarma-dev");
  await page.keyboard.press("Enter");
  await expect(view.finder).toBeHidden();
  const site = editor.node("serverless-site/adage-usekarma-dev");
  await expect(site).toHaveAttribute("data-lineage", "self");
  await expect(site).toBeInViewport();

  // by a config value, chosen with the arrow keys
  await view.button("Find").click();
  await view.finderInput.fill("v1");
  await expect(view.finder.getByRole("option")).toHaveCount(2);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(editor.node("serverless-api/karma-api")).toHaveAttribute("data-lineage", "self");
});

test("filters hide other types and components without issues", async ({ page }) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();

  const menu = await view.menu("Filter");
  await menu.getByRole("checkbox", { name: "lambda" }).uncheck();
  await expect(editor.node("lambda/demo-api")).toHaveCount(0);
  await expect(editor.nodes).toHaveCount(11);
  await menu.getByLabel("Issues").selectOption("warnings");
  await expect(editor.node("serverless-api/demo-api")).toBeVisible();
  await expect(editor.node("route53-zone/strall-com")).toHaveCount(0);
  await menu.getByRole("button", { name: "Show all" }).click();
  await expect(editor.nodes).toHaveCount(13);
});

test("SVG and PNG export download the diagram, the SVG with every visible nickname; Mermaid text", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();
  const nicknames = await page
    .locator(".react-flow__node .node-nickname")
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
  expect(nicknames.length).toBe(13);

  const menu = await view.menu("Diagram");
  const downloading = page.waitForEvent("download");
  await menu.getByRole("button", { name: "Export SVG" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("karma-prod.svg");
  const svg = readFileSync((await download.path())!, "utf8");
  // real SVG: shapes and text, no copy of the page inside
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).not.toContain("foreignObject");
  expect(Buffer.byteLength(svg)).toBeLessThan(100 * 1024);
  const edges = await page.locator(".react-flow__edge").count();
  expect(svg.match(/<path class="edge"/g)).toHaveLength(edges);
  for (const nickname of nicknames) expect(svg).toContain(`>${nickname}</text>`);
  for (const key of ["route53_zone_name", "openapi"]) expect(svg).toContain(`>${key}</text>`);

  const png = page.waitForEvent("download");
  await (await view.menu("Diagram")).getByRole("button", { name: "Export PNG" }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe("karma-prod.png");
  const bytes = readFileSync((await pngFile.path())!);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");

  await (await view.menu("Diagram")).getByRole("button", { name: "Mermaid" }).click();
  const text = page.getByRole("textbox", { name: "Mermaid text" });
  await expect(text).toHaveValue(/^flowchart LR\n/);
  await expect(text).toHaveValue(/route53_zone_name/);
});

test("the environment and selection live in the URL and survive a reload", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();

  await editor.node("route53-zone/usekarma-dev").click();
  await expect(page).toHaveURL(/[?&]env=prod&select=route53-zone\/usekarma-dev$/);
  await page.reload();
  await editor.waitForGraph();
  await expect(editor.node("route53-zone/usekarma-dev")).toHaveAttribute("data-lineage", "self");

  await page.goto("/?env=dev&select=serverless-site/test-site");
  await editor.waitForGraph();
  const env = await page.evaluate(() => (window.karma.getWorkspace() as { env: string }).env);
  expect(env).toBe("dev");
  await expect(editor.node("serverless-site/test-site")).toHaveAttribute("data-lineage", "self");
});

test("a large environment opens grouped by type, and a group opens to its components", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const files: Record<string, string> = {};
  for (let i = 0; i < 1600; i++) {
    files[`iac/prod/s3-bucket/bucket-${i}/config.json`] = `{ "bucket_name": "bucket-${i}" }\n`;
  }
  files["iac/prod/vpc/main/config.json"] = `{ "cidr_block": "10.0.0.0/16" }\n`;
  await editor.loadFiles(files);

  const group = page.locator('.react-flow__node[data-id="group:s3-bucket"]');
  await expect(group).toContainText("1600 components");
  await expect(page.locator(".react-flow__node-component")).toHaveCount(0);
  await group.getByRole("button", { name: "Expand s3-bucket" }).click();
  await expect(page.locator(".react-flow__node-component").first()).toBeVisible();

  await page.keyboard.press("Control+k");
  await page.getByRole("combobox", { name: "Find a component" }).fill("bucket-1599");
  await page.keyboard.press("Enter");
  await expect(editor.node("s3-bucket/bucket-1599")).toHaveAttribute("data-lineage", "self");
  await expect(editor.node("s3-bucket/bucket-1599")).toBeInViewport();
});
