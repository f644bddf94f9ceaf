import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import "./support/karma-window.ts";

const prodComponents = [
  "lambda/demo-api",
  "lambda/karma-api",
  "route53-zone/strall-com",
  "route53-zone/usekarma-dev",
  "s3-bucket/demo-api",
  "s3-bucket/karma-api",
  "serverless-api/demo-api",
  "serverless-api/karma-api",
  "serverless-site/adage-usekarma-dev",
  "serverless-site/strall-com",
  "serverless-site/usekarma-dev",
];

test("a first start opens the sample: the 11 prod components with their zone edges", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();

  await expect(editor.environment).toHaveValue("prod");
  await expect(page.locator(".react-flow__node-component")).toHaveCount(11);
  const components = await page
    .locator(".react-flow__node-component")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-id")).sort());
  expect(components).toEqual(prodComponents);

  // the openapi definitions are published by a script, not in the repository: ghost nodes
  await expect(page.locator(".react-flow__node-external")).toHaveCount(2);
  await expect(editor.node("openapi/demo-api")).toContainText("external");

  for (const [dependent, zone] of [
    ["serverless-site/strall-com", "route53-zone/strall-com"],
    ["serverless-site/usekarma-dev", "route53-zone/usekarma-dev"],
    ["serverless-site/adage-usekarma-dev", "route53-zone/usekarma-dev"],
    ["serverless-api/demo-api", "route53-zone/usekarma-dev"],
    ["serverless-api/karma-api", "route53-zone/usekarma-dev"],
  ] as const) {
    const edge = editor.edge(dependent, zone, "route53_zone_name");
    await expect(edge).toHaveCount(1);
    await expect(edge).toContainText("route53_zone_name");
  }

  // nodes carry the test contract's attributes
  const api = editor.node("serverless-api/demo-api");
  await expect(api).toContainText("serverless-api");
  await expect(api).toContainText("demo-api");
  await expect(api).toHaveAttribute("data-plan", "none");
  await expect(api).toHaveAttribute("data-issues", "1");
  await expect(editor.node("route53-zone/strall-com")).toHaveAttribute("data-issues", "0");
  await expect(api).not.toHaveAttribute("data-lineage", /.*/);
});

test("selecting a component shows its lineage; the issues panel centres a component", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();

  await editor.node("serverless-api/demo-api").click();
  await expect(editor.node("serverless-api/demo-api")).toHaveAttribute("data-lineage", "self");
  await expect(editor.node("route53-zone/usekarma-dev")).toHaveAttribute(
    "data-lineage",
    "upstream",
  );
  await expect(editor.node("openapi/demo-api")).toHaveAttribute("data-lineage", "upstream");
  await expect(editor.node("s3-bucket/demo-api")).toHaveAttribute("data-lineage", "none");

  await editor.node("route53-zone/usekarma-dev").click();
  await expect(editor.node("serverless-site/usekarma-dev")).toHaveAttribute(
    "data-lineage",
    "downstream",
  );

  await page.keyboard.press("Escape");
  await expect(editor.node("route53-zone/usekarma-dev")).not.toHaveAttribute("data-lineage", /.*/);

  const issues = page.getByRole("complementary", { name: "Issues" });
  await issues
    .locator('[data-component="serverless-api/karma-api"]')
    .getByRole("button")
    .first()
    .click();
  await expect(editor.node("serverless-api/karma-api")).toHaveAttribute("data-lineage", "self");
  await expect(editor.node("serverless-api/karma-api")).toBeInViewport();
});

test("nodes can be reached and selected with the keyboard", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.node("lambda/demo-api").focus();
  await page.keyboard.press("Enter");
  await expect(editor.node("lambda/demo-api")).toHaveAttribute("data-lineage", "self");
  await expect(
    page.getByRole("complementary", { name: "Details of lambda/demo-api" }),
  ).toBeVisible();
});
