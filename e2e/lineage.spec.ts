import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import { ViewToolbar } from "./support/view-toolbar.ts";
import "./support/karma-window.ts";

const zone = "route53-zone/usekarma-dev";
const usesZone = [
  "serverless-api/demo-api",
  "serverless-api/karma-api",
  "serverless-site/adage-usekarma-dev",
  "serverless-site/usekarma-dev",
];

test("clicking the usekarma.dev zone marks everything that uses it downstream", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();

  await editor.node(zone).click();
  await expect(editor.node(zone)).toHaveAttribute("data-lineage", "self");
  for (const id of usesZone) {
    await expect(editor.node(id)).toHaveAttribute("data-lineage", "downstream");
    await expect(editor.edge(id, zone, "route53_zone_name")).toHaveAttribute(
      "data-lineage",
      "downstream",
    );
  }
  await expect(editor.node("serverless-site/strall-com")).toHaveAttribute("data-lineage", "none");
  await expect(editor.node("lambda/demo-api")).toHaveAttribute("data-lineage", "none");
  await expect(page.getByRole("list", { name: "Lineage legend" })).toContainText("Origin");

  await page.keyboard.press("Escape");
  await expect(editor.node(zone)).not.toHaveAttribute("data-lineage", /.*/);
  await expect(page.getByRole("list", { name: "Lineage legend" })).toBeHidden();
});

test("clicking a serverless-site marks its zone upstream", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();

  await editor.node("serverless-site/adage-usekarma-dev").click();
  await expect(editor.node("serverless-site/adage-usekarma-dev")).toHaveAttribute(
    "data-lineage",
    "self",
  );
  await expect(editor.node(zone)).toHaveAttribute("data-lineage", "upstream");
  await expect(
    editor.edge("serverless-site/adage-usekarma-dev", zone, "route53_zone_name"),
  ).toHaveAttribute("data-lineage", "upstream");
  await expect(editor.node("serverless-site/usekarma-dev")).toHaveAttribute("data-lineage", "none");
});

test("focus mode shows only the lineage, and leaving it changes nothing", async ({ page }) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();
  const before = await editor.position("serverless-site/strall-com");

  await editor.node(zone).click();
  await view.button("Focus").click();
  await expect(editor.nodes).toHaveCount(5);
  expect(await editor.nodeIds()).toEqual([zone, ...usesZone].sort());

  // depth 1 around an API: its zone and its openapi definition
  await editor.node("serverless-api/demo-api").click();
  await expect(editor.nodes).toHaveCount(3);
  expect(await editor.nodeIds()).toEqual([
    "openapi/demo-api",
    "route53-zone/usekarma-dev",
    "serverless-api/demo-api",
  ]);
  await view.depth.selectOption("1");
  await expect(editor.nodes).toHaveCount(3);

  await view.button("Leave focus").click();
  await expect(editor.nodes).toHaveCount(13);
  expect(await editor.position("serverless-site/strall-com")).toEqual(before);
  expect(await editor.exportFiles()).toEqual({});
});

test("Shift+click picks a second component and Trace shows the path between them", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();

  await editor.node("serverless-site/usekarma-dev").click();
  await editor.node(zone).click({ modifiers: ["Shift"] });
  await view.button("Trace").click();
  await expect(view.traceResult).toHaveText(`Path: serverless-site/usekarma-dev → ${zone}`);
  await expect(page.getByTestId("trace-highlight")).toBeAttached();

  await editor.node("serverless-site/strall-com").click();
  await editor.node(zone).click({ modifiers: ["Shift"] });
  await view.button("Trace").click();
  await expect(view.traceResult).toContainText("No dependency path");
});

test("the lineage tab names the file, the binding and the parameters, and its entries select", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();

  await editor.node("serverless-api/karma-api").click();
  await inspector.tab("Lineage").click();
  const tab = page.getByTestId("lineage-tab");
  await expect(tab).toContainText("iac/prod/serverless-api/karma-api/config.json");
  await expect(tab).toContainText("https://github.com/usekarma/aws-config.git");
  await expect(tab).toContainText("main");
  await expect(tab).toContainText("/iac/serverless-api/karma-api/config");
  await expect(tab).toContainText("/iac/serverless-api/karma-api/runtime");
  await expect(tab.getByRole("region", { name: "Origin (upstream)" })).toContainText(
    "route53_zone_name",
  );

  await tab.locator(`[data-id="${zone}"]`).click();
  await expect(editor.node(zone)).toHaveAttribute("data-lineage", "self");
  await expect(editor.node(zone)).toBeInViewport();
});
