import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { readSample } from "./support/fixtures.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import "./support/karma-window.ts";

const layoutFile = ".karma/layout/prod.json";

/** The sample with a vpc that an ecs-cluster runs in, both with saved positions. */
function repositoryWithVpc(): Record<string, string> {
  return {
    ...readSample(),
    "iac/prod/vpc/main/config.json": '{\n  "cidr": "10.0.0.0/16"\n}\n',
    "iac/prod/ecs-cluster/core/config.json": '{\n  "vpc_nickname": "main"\n}\n',
    [layoutFile]: `${JSON.stringify(
      { "ecs-cluster/core": { x: 600, y: 600 }, "vpc/main": { x: 600, y: 400 } },
      null,
      2,
    )}\n`,
  };
}

test("renaming a vpc moves its file and the cluster's reference and layout entry follow", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await editor.loadFiles(repositoryWithVpc());

  await editor.node("vpc/main").click();
  await inspector.expectShowing("vpc/main");
  await inspector.nickname.fill("Bad Name");
  await expect(inspector.root).toContainText("must start with a lowercase letter");
  await inspector.nickname.fill("core");
  await inspector.nickname.press("Enter");

  await expect(editor.node("vpc/core")).toBeVisible();
  await expect(editor.node("vpc/main")).toHaveCount(0);
  await expect(editor.edge("ecs-cluster/core", "vpc/core", "vpc_nickname")).toHaveCount(1);
  await inspector.expectShowing("vpc/core");
  await expect(editor.node("vpc/core")).toHaveAttribute("data-lineage", "self");

  const exported = await editor.exportFiles();
  expect(Object.keys(exported).sort()).toEqual([
    layoutFile,
    "iac/prod/ecs-cluster/core/config.json",
    "iac/prod/vpc/core/config.json",
    "iac/prod/vpc/main/config.json",
  ]);
  expect(exported["iac/prod/vpc/main/config.json"]).toBeNull();
  expect(exported["iac/prod/ecs-cluster/core/config.json"]).toBe(
    '{\n  "vpc_nickname": "core"\n}\n',
  );
  expect(Object.keys(JSON.parse(exported[layoutFile]!))).toEqual(["ecs-cluster/core", "vpc/core"]);

  // one undo step; the selection follows the name back, and forth on redo
  await editor.button("Undo").click();
  expect(await editor.exportFiles()).toEqual({});
  await expect(editor.node("vpc/main")).toBeVisible();
  await inspector.expectShowing("vpc/main");
  await editor.button("Redo").click();
  await inspector.expectShowing("vpc/core");
});

test("deleting asks first, listing the components that reference it; undo of it all exports nothing", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await editor.loadFiles(repositoryWithVpc());

  await editor.node("vpc/main").click();
  await inspector.nickname.fill("core");
  await inspector.nickname.press("Enter");
  await expect(editor.node("vpc/core")).toBeVisible();

  await inspector.root.getByRole("button", { name: "Delete vpc/core" }).click();
  const dialog = page.getByTestId("delete-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("list", { name: "Components that reference it" })).toHaveText(
    "ecs-cluster/core",
  );
  // cancelling changes nothing
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(editor.node("vpc/core")).toBeVisible();

  await inspector.root.getByRole("button", { name: "Delete vpc/core" }).click();
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(inspector.root).toHaveCount(0);
  // the cluster's reference stays and now points at nothing: an external node
  await expect(page.locator('.react-flow__node-component[data-id="vpc/core"]')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-external[data-id="vpc/core"]')).toHaveCount(1);
  const exported = await editor.exportFiles();
  expect(exported["iac/prod/vpc/main/config.json"]).toBeNull();
  expect(exported["iac/prod/vpc/core/config.json"]).toBeUndefined();
  expect(Object.keys(JSON.parse(exported[layoutFile]!))).toEqual(["ecs-cluster/core"]);

  // undo the delete with Ctrl+Z, the rename with the button: nothing left to export
  await editor.node("ecs-cluster/core").press("Control+z");
  await expect(page.locator('.react-flow__node-component[data-id="vpc/core"]')).toBeVisible();
  await editor.button("Undo").click();
  await expect(editor.node("vpc/main")).toBeVisible();
  expect(await editor.exportFiles()).toEqual({});
});
