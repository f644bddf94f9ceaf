import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import "./support/karma-window.ts";

test("comparing dev and prod shows what is only in one and the differing keys", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();

  await editor.button("Compare").click();
  const dialog = page.getByTestId("compare-dialog");
  await dialog.getByLabel("Compare").selectOption("dev");
  await dialog.getByLabel("with").selectOption("prod");
  await expect(dialog.getByTestId("compare-summary")).toHaveText(
    "1 only in dev, 9 only in prod, 2 different, 0 the same",
  );
  const row = (id: string) => dialog.locator(`[data-testid="compare-row"][data-component="${id}"]`);
  await expect(row("serverless-site/test-site")).toHaveAttribute("data-status", "only-left");
  await expect(row("route53-zone/strall-com")).toHaveAttribute("data-status", "only-right");
  const site = row("serverless-site/strall-com");
  await expect(site).toHaveAttribute("data-status", "different");
  await expect(site.getByRole("row", { name: /^site_name/ })).toHaveText(
    'site_name"dev.strall.com""strall.com"',
  );
  await expect(site.getByRole("row", { name: /^tags.Environment/ })).toHaveText(
    'tags.Environment"dev""prod"',
  );
});

test("promoting from dev to prod creates or updates the component there, as undoable edits", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  // the switcher in the top bar (the inspector has Environment tag fields too)
  const environment = page.getByRole("toolbar", { name: "Repository" }).getByLabel("Environment");
  await environment.selectOption("dev");

  await editor.button("Compare").click();
  const dialog = page.getByTestId("compare-dialog");
  await dialog.getByLabel("Compare").selectOption("dev");
  await dialog.getByLabel("with").selectOption("prod");
  await dialog
    .getByRole("button", { name: "Promote serverless-site/test-site from dev to prod" })
    .click();

  // the promoted component shows in prod with what deploying it would do
  await expect(environment).toHaveValue("prod");
  await expect(editor.notice).toContainText("Promoted serverless-site/test-site from dev to prod");
  await expect(editor.node("serverless-site/test-site")).toHaveAttribute("data-plan", "create");
  const panel = page.getByTestId("plan-panel");
  await expect(
    panel.locator('[data-testid="plan-action"][data-component="serverless-site/test-site"]'),
  ).toHaveAttribute("data-action", "create");

  await editor.button("Compare").click();
  await dialog
    .getByRole("button", { name: "Promote serverless-site/strall-com from dev to prod" })
    .click();
  const site = editor.node("serverless-site/strall-com");
  await expect(site).toHaveAttribute("data-plan", "update");
  await expect(panel.getByTestId("plan-summary")).toHaveText(
    "1 to create, 1 to update, 0 to delete",
  );
  const exported = await editor.exportFiles();
  expect(Object.keys(exported).sort()).toEqual([
    "iac/prod/serverless-site/strall-com/config.json",
    "iac/prod/serverless-site/test-site/config.json",
  ]);

  await editor.button("Undo").click();
  await expect(site).toHaveAttribute("data-plan", "none");
  await expect(editor.node("serverless-site/test-site")).toHaveAttribute("data-plan", "create");
});
