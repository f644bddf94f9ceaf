import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import "./support/karma-window.ts";

const lambda = "lambda/demo-api";
const field = "functions.echo.timeout";

test("a value that cannot be applied stays in sight, and leaving it is a conscious step", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await editor.node(lambda).click();
  await inspector.expectShowing(lambda);

  await inspector.field(field).fill("lots");
  await inspector.field(field).press("Enter");
  // not applied, and said so where the user looks: the field, the inspector, the issues
  await expect(inspector.root.getByTestId("unapplied-notice")).toContainText(`${field} = lots`);
  await expect(page.getByTestId("unapplied-issues")).toContainText(lambda);
  expect(await editor.exportFiles()).toEqual({});

  // clicking another component asks first; keeping is the default
  await editor.clickNode("s3-bucket/demo-api");
  const dialog = page.getByTestId("leave-unapplied-dialog");
  await expect(dialog).toContainText(`${field} = lots`);
  await expect(dialog.getByRole("button", { name: "Keep editing" })).toBeFocused();
  await page.keyboard.press("Enter");
  await inspector.expectShowing(lambda);
  await expect(inspector.field(field)).toHaveValue("lots");

  // fixed, it is applied and the notice goes
  await inspector.field(field).fill("30");
  await inspector.field(field).press("Enter");
  await expect(inspector.root.getByTestId("unapplied-notice")).toHaveCount(0);
  await expect(page.getByTestId("unapplied-issues")).toHaveCount(0);
  expect(Object.keys(await editor.exportFiles())).toEqual(["iac/prod/lambda/demo-api/config.json"]);

  // left on purpose: discarded, nothing written
  await inspector.field(field).fill("soon");
  await inspector.field(field).press("Enter");
  await editor.clickNode("s3-bucket/demo-api");
  await dialog.getByRole("button", { name: "Discard and leave" }).click();
  await inspector.expectShowing("s3-bucket/demo-api");
  await expect(page.getByTestId("unapplied-issues")).toHaveCount(0);
});
