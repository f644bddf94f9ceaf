import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import "./support/karma-window.ts";

const zone = "route53-zone/strall-com";
const site = "serverless-site/strall-com";

test("editing a field marks the node updated, its dependents as consequences, and the plan follows live", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await expect(editor.node(zone)).toHaveAttribute("data-plan", "none");

  await editor.button("Plan").click();
  const panel = page.getByTestId("plan-panel");
  await expect(panel.getByTestId("plan-summary")).toHaveText(
    "0 to create, 0 to update, 0 to delete",
  );

  await editor.node(zone).click();
  await inspector.expectShowing(zone);
  await inspector.setField("comment", "Zone of strall.com");

  await expect(editor.node(zone)).toHaveAttribute("data-plan", "update");
  await expect(editor.node(zone).getByRole("img", { name: "Will be updated" })).toBeVisible();
  // the site reads the zone through route53_zone_name: its inputs may change
  await expect(editor.node(site).locator('[data-consequence="true"]')).toHaveCount(1);
  await expect(editor.node(site)).toHaveAttribute("data-plan", "none");
  await expect(editor.node(zone).locator('[data-consequence="true"]')).toHaveCount(0);
  await expect(editor.node("lambda/demo-api").locator('[data-consequence="true"]')).toHaveCount(0);

  // the panel stayed open and shows the change with its field diff and the consequence
  await expect(panel.getByTestId("plan-summary")).toHaveText(
    "0 to create, 1 to update, 0 to delete; 1 downstream may change",
  );
  const action = panel.locator(`[data-testid="plan-action"][data-component="${zone}"]`);
  await expect(action).toHaveAttribute("data-action", "update");
  await expect(action).toContainText(
    'comment"Root hosted zone for strall.com"→"Zone of strall.com"',
  );
  const consequence = panel.locator(`[data-testid="plan-consequence"][data-component="${site}"]`);
  await expect(consequence).toContainText(`${site} → ${zone} (updated)`);

  // an item shows its component
  await consequence.getByRole("button").click();
  await expect(editor.node(site)).toHaveClass(/selected/);
  await inspector.expectShowing(site);

  await panel.getByRole("button", { name: "Copy as markdown" }).click();
  await expect(panel.getByRole("status")).toHaveText("Plan copied as markdown");
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain("### Karma plan: 0 to create, 1 to update, 0 to delete");
  await panel.getByRole("button", { name: "Copy deploy script" }).click();
  const script = await page.evaluate(() => navigator.clipboard.readText());
  expect(script).toContain("./scripts/deploy.sh route53-zone strall-com\n");

  await editor.button("Undo").click();
  await expect(editor.node(zone)).toHaveAttribute("data-plan", "none");
  await expect(editor.node(site).locator('[data-consequence="true"]')).toHaveCount(0);
  await expect(panel.getByTestId("plan-summary")).toHaveText(
    "0 to create, 0 to update, 0 to delete",
  );
});

test("deleting a zone that a site references leaves its ghost and an error in the plan", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  const position = await editor.position(zone);

  await editor.node(zone).click();
  await inspector.root.getByRole("button", { name: `Delete ${zone}` }).click();
  const dialog = page.getByTestId("delete-dialog");
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // the ghost stays where the zone was, with its old reference drawn faded
  const ghost = editor.node(zone);
  await expect(ghost).toHaveAttribute("data-plan", "delete");
  await expect(ghost.getByRole("img", { name: "Will be deleted" })).toBeVisible();
  expect(await editor.position(zone)).toEqual(position);
  await expect(editor.edge(site, zone, "route53_zone_name")).toHaveClass(/edge-deleted/);
  expect(Object.keys(await editor.exportFiles())).toContain(
    "iac/prod/route53-zone/strall-com/config.json",
  );

  await editor.button("Plan").click();
  const panel = page.getByTestId("plan-panel");
  await expect(panel.getByTestId("plan-summary")).toContainText(
    "0 to create, 0 to update, 1 to delete",
  );
  await expect(panel.getByTestId("plan-summary")).toContainText("1 error");
  await expect(
    panel.locator(`[data-testid="plan-action"][data-component="${zone}"]`),
  ).toHaveAttribute("data-action", "delete");
  const error = panel.locator(`[data-testid="plan-issue"][data-component="${site}"]`);
  await expect(error).toContainText(
    `${zone} is deleted by this change but ${site} still refers to it through route53_zone_name`,
  );
  await error.getByRole("button").click();
  await inspector.expectShowing(site);

  // one severity everywhere: the Issues panel, the node's count and window.karma say error too
  const issues = await page.evaluate(() => window.karma.getIssues());
  expect(
    issues.filter(
      (issue) =>
        issue.component === site && issue.env === "prod" && issue.path === "route53_zone_name",
    ),
  ).toEqual([expect.objectContaining({ severity: "error", code: "missing-reference" })]);
  await expect(editor.node(site)).toHaveAttribute("data-issues", "1");
  const issuesPanel = page.getByRole("complementary", { name: "Issues" });
  await expect(issuesPanel.locator(".count-error")).toHaveText("1 error");

  await editor.button("Undo").click();
  await expect(editor.node(zone)).toHaveAttribute("data-plan", "none");
  await expect(panel.getByTestId("plan-issue")).toHaveCount(0);
});
