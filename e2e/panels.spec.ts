import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { coveredBy } from "./support/in-view.ts";
import "./support/karma-window.ts";

// Panels never hide the work: the toolbar, the legend, the zoom controls, the inspector and the
// plan panel each take their own room, and the view moves so that what a person works on is seen.

test.use({ viewport: { width: 1440, height: 900 } });

const selected = "serverless-api/karma-api";
// what it depends on: the zone by name, the external OpenAPI document by nickname
const neighbours = [selected, "route53-zone/usekarma-dev", "openapi/karma-api"];

async function expectSeen(editor: EditorPage, ids: string[]): Promise<void> {
  for (const id of ids) {
    await expect.poll(() => coveredBy(editor.node(id)), { message: id }).toBeNull();
  }
}

test("a freshly opened graph, the selection with the inspector and the plan open, and fit view are all in plain view", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const all = await editor.nodeIds();
  expect(all.length).toBeGreaterThan(10);
  // the top row is below the view toolbar, the bottom row above the zoom controls and the notice
  await expectSeen(editor, all);

  // the component in the right-hand column: the inspector opens beside the canvas, and the
  // view moves so that it and its neighbours are not left under it or off the edge
  const target = await editor.node(selected).boundingBox();
  await page.mouse.click(target!.x + target!.width / 2, target!.y + target!.height / 2);
  await expect(page.getByTestId("inspector")).toHaveAttribute(
    "aria-label",
    `Details of ${selected}`,
  );
  await expect(page.getByRole("list", { name: "Lineage legend" })).toBeVisible();
  await expectSeen(editor, neighbours);

  // the plan panel docks under the canvas: the selection stays in view above it
  await editor.button("Plan").click();
  await expect(page.getByTestId("plan-panel")).toBeVisible();
  await expectSeen(editor, neighbours);

  // fit view fits what the panels leave free: every component, none under a panel
  await page.getByRole("button", { name: "Fit view" }).click();
  await expectSeen(editor, all);
});

test("the minimap shows only while part of the graph is out of view", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const minimap = page
    .getByRole("img", { name: "Minimap" })
    .or(page.locator(".react-flow__minimap"));
  await expect(editor.node(selected)).toBeVisible();
  await expect(minimap).toHaveCount(0);
  // zoomed in, most of the graph is out of view: the minimap shows where the view is
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(minimap.first()).toBeVisible();
  await page.getByRole("button", { name: "Fit view" }).click();
  await expect(minimap).toHaveCount(0);
});
