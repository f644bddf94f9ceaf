import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { ViewToolbar } from "./support/view-toolbar.ts";

// the sample's prod configs as deployed: serverless-api/demo-api drifted, s3-bucket/karma-api not
// deployed, vpc/legacy and sqs-queue/jobs unmanaged (the fixture of drift.spec.ts)
const snapshot = fileURLToPath(
  new URL("../packages/core/src/runtime/fixtures/prod-paginated.json", import.meta.url),
);

test("the drift summary counts each status and filters the canvas to one", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const summary = page.getByRole("group", { name: "Drift summary" });
  await expect(summary).toHaveCount(0);

  const chooser = page.waitForEvent("filechooser");
  await editor.button("Import runtime").click();
  await (await chooser).setFiles(snapshot);
  await expect(summary.getByRole("button")).toHaveText([
    "1 drifted",
    "1 not deployed",
    "2 unmanaged",
    "9 in sync",
  ]);
  // 11 components, 2 externals and 2 ghosts
  await expect(editor.nodes).toHaveCount(15);

  const drifted = summary.getByRole("button", { name: "1 drifted" });
  await drifted.click();
  await expect(drifted).toHaveAttribute("aria-pressed", "true");
  await expect(editor.nodes).toHaveCount(1);
  expect(await editor.nodeIds()).toEqual(["serverless-api/demo-api"]);

  // pressed again, every component is back
  await drifted.click();
  await expect(drifted).toHaveAttribute("aria-pressed", "false");
  await expect(editor.nodes).toHaveCount(15);

  // keyboard: the unmanaged ones, drawn as ghosts
  const unmanaged = summary.getByRole("button", { name: "2 unmanaged" });
  await unmanaged.focus();
  await page.keyboard.press("Enter");
  await expect(editor.nodes).toHaveCount(2);
  expect(await editor.nodeIds()).toEqual(["sqs-queue/jobs", "vpc/legacy"]);
  await expect(page.getByText("No components in this environment.")).toHaveCount(0);
  await page.keyboard.press("Space");
  await expect(editor.nodes).toHaveCount(15);

  // the finder tags each component with its drift status
  const view = new ViewToolbar(page);
  await page.keyboard.press("Control+k");
  await view.finderInput.fill("demo-api");
  await expect(
    view.finder.locator('[role="option"][data-id="serverless-api/demo-api"]'),
  ).toContainText("drifted");
  await expect(view.finder.locator('[role="option"][data-id="lambda/demo-api"]')).toContainText(
    "in sync",
  );
});

test("the Filter menu's Drift filter composes with the issue filter", async ({ page }) => {
  const editor = new EditorPage(page);
  const view = new ViewToolbar(page);
  await editor.open();
  const before = await view.menu("Filter");
  await expect(before.getByLabel("Drift")).toHaveCount(0);
  await view.button("Filter").click();

  const chooser = page.waitForEvent("filechooser");
  await editor.button("Import runtime").click();
  await (await chooser).setFiles(snapshot);
  await expect(editor.node("serverless-api/demo-api")).toHaveAttribute("data-drift", "drifted");

  const menu = await view.menu("Filter");
  await menu.getByLabel("Drift").selectOption("not-deployed");
  await expect(editor.nodes).toHaveCount(1);
  expect(await editor.nodeIds()).toEqual(["s3-bucket/karma-api"]);
  // the summary shows the same choice
  await expect(
    page
      .getByRole("group", { name: "Drift summary" })
      .getByRole("button", { name: "1 not deployed" }),
  ).toHaveAttribute("aria-pressed", "true");

  await menu.getByLabel("Drift").selectOption("in-sync");
  await expect(editor.nodes).toHaveCount(9);
  await menu.getByLabel("Issues").selectOption("warnings");
  await menu.getByLabel("Drift").selectOption("drifted");
  await expect(editor.nodes).toHaveCount(1);
  expect(await editor.nodeIds()).toEqual(["serverless-api/demo-api"]);
  await menu.getByRole("checkbox", { name: "serverless-api" }).uncheck();
  await expect(editor.nodes).toHaveCount(0);

  await menu.getByRole("button", { name: "Show all" }).click();
  await expect(menu.getByLabel("Drift")).toHaveValue("all");
  await expect(editor.nodes).toHaveCount(15);

  // forgetting the snapshot takes the Drift filter with it
  await menu.getByLabel("Drift").selectOption("drifted");
  await expect(editor.nodes).toHaveCount(1);
  await editor.button("Clear runtime").click();
  await expect(editor.nodes).toHaveCount(13);
  await expect(menu.getByLabel("Drift")).toHaveCount(0);
});
