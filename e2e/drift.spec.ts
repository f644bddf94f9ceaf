import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import "./support/karma-window.ts";

// the sample's prod configs as deployed, three pages appended: serverless-api/demo-api drifted,
// s3-bucket/karma-api not deployed, vpc/legacy and sqs-queue/jobs unmanaged, one broken runtime
const snapshot = fileURLToPath(
  new URL("../packages/core/src/runtime/fixtures/prod-paginated.json", import.meta.url),
);

test("an imported runtime snapshot shows drift on the nodes and in the Runtime tab", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(editor.node("serverless-api/demo-api")).not.toHaveAttribute("data-drift", /.*/);

  const chooser = page.waitForEvent("filechooser");
  await editor.button("Import runtime").click();
  await (await chooser).setFiles(snapshot);

  await expect(editor.node("serverless-api/demo-api")).toHaveAttribute("data-drift", "drifted");
  await expect(editor.node("s3-bucket/karma-api")).toHaveAttribute("data-drift", "not-deployed");
  await expect(editor.node("route53-zone/usekarma-dev")).toHaveAttribute("data-drift", "in-sync");
  await expect(editor.node("vpc/legacy")).toHaveAttribute("data-drift", "unmanaged");
  await expect(editor.node("sqs-queue/jobs")).toHaveAttribute("data-drift", "unmanaged");
  // the snapshot's own problems, with file and line
  await expect(editor.notice).toContainText(
    /prod-paginated\.json:\d+:\d+ .*route53-zone\/strall-com/,
  );

  await editor.button("Dismiss message").click();

  const inspector = page.getByTestId("inspector");
  // the provider of an output its dependent reads, deployed without it
  await editor.node("openapi/karma-api").click();
  await inspector.getByRole("tab", { name: "Runtime" }).click();
  await expect(inspector.getByRole("list", { name: "Missing runtime outputs" })).toContainText(
    "serverless-api/karma-api reads definition",
  );

  await editor.node("serverless-api/demo-api").click();
  await inspector.getByRole("tab", { name: "Runtime" }).click();
  const differences = inspector.getByRole("table", {
    name: "Differences from the deployed config",
  });
  await expect(differences.locator('tr[data-path="stage_name"] td')).toHaveText(["v1", "v2"]);
  await expect(differences.locator('tr[data-path="tags.Owner"] td')).toHaveText([
    "usekarma",
    "not set",
  ]);
  await expect(inspector.getByTestId("runtime-tab")).toContainText("k3j9x2p7qa");

  const drift = await page.evaluate(() => window.karma.getDrift());
  expect(drift?.summary).toMatchObject({ drifted: 1, notDeployed: 1, unmanaged: 2 });

  // forgetting the snapshot takes its marks and ghosts with it
  await editor.button("Clear runtime").click();
  await expect(editor.node("serverless-api/demo-api")).not.toHaveAttribute("data-drift", /.*/);
  await expect(editor.node("vpc/legacy")).toHaveCount(0);
  expect(await page.evaluate(() => window.karma.getDrift())).toBeNull();
});

test("an unmanaged component is adopted into the repository in one undoable edit", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const chooser = page.waitForEvent("filechooser");
  await editor.button("Import runtime").click();
  await (await chooser).setFiles(snapshot);
  await expect(editor.notice).toContainText("Imported runtime");
  await editor.button("Dismiss message").click();

  await expect(editor.button("Adopt sqs-queue/jobs")).toBeDisabled();
  // selecting the ghost shows what the snapshot holds for it
  await editor.node("sqs-queue/jobs").click({ position: { x: 12, y: 12 } });
  const inspector = page.getByTestId("inspector");
  await expect(inspector).toHaveAttribute("aria-label", "Details of sqs-queue/jobs");
  await expect(inspector).toContainText("not in the repository");
  await page.keyboard.press("Escape");
  await expect(inspector).toHaveCount(0);
  await editor.button("Adopt vpc/legacy").click();

  await expect(editor.node("vpc/legacy")).toHaveAttribute("data-drift", "in-sync");
  await expect(editor.node("vpc/legacy")).toHaveClass(/react-flow__node-component/);
  expect(await editor.exportFiles()).toEqual({
    "iac/prod/vpc/legacy/config.json": '{\n  "cidr": "10.20.0.0/16",\n  "az_count": 2\n}\n',
  });

  await editor.button("Undo").click();
  await expect(editor.node("vpc/legacy")).toHaveClass(/react-flow__node-unmanaged/);
  expect(await editor.exportFiles()).toEqual({});
});
