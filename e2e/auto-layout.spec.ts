import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { EditorPage } from "./support/editor-page.ts";
import "./support/karma-window.ts";

const layoutFile = ".karma/layout/prod.json";

test("dragging saves the move; auto layout moves nodes and only the layout file is exported", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const id = "serverless-site/strall-com";
  const before = await editor.position(id);

  await editor.drag(id, 0, 220);
  const dragged = await editor.position(id);
  expect(dragged.y).toBeGreaterThan(before.y + 100);
  const afterDrag = await editor.exportFiles();
  expect(Object.keys(afterDrag)).toEqual([layoutFile]);
  const saved = JSON.parse(afterDrag[layoutFile]!);
  expect(saved[id]).toEqual(dragged);

  await editor.button("Undo").click();
  await expect.poll(() => editor.position(id)).toEqual(before);
  expect(await editor.exportFiles()).toEqual({});
  await editor.button("Redo").click();
  await expect.poll(() => editor.position(id)).toEqual(dragged);

  await editor.button("Auto layout").click();
  await expect.poll(() => editor.position(id)).not.toEqual(dragged);

  const exported = await editor.exportFiles();
  expect(Object.keys(exported)).toEqual([layoutFile]);
  const text = exported[layoutFile]!;
  const positions = JSON.parse(text) as Record<string, { x: number; y: number }>;
  expect(Object.keys(positions)).toEqual(Object.keys(positions).sort());
  expect(Object.keys(positions)).toEqual(await editor.nodeIds());
  expect(text.endsWith("}\n")).toBe(true);
  expect(text).toContain('\n  "lambda/demo-api": {\n    "x": ');
  for (const node of await editor.nodeIds()) {
    expect(positions[node]).toEqual(await editor.position(node));
  }

  // the export dialog lists exactly that file and downloads it as a zip
  await editor.button("Export").click();
  const dialog = page.getByTestId("export-dialog");
  await expect(dialog.getByRole("list", { name: "Changed files" })).toHaveText(/modified|new/);
  await expect(dialog.getByRole("listitem")).toHaveCount(1);
  await expect(dialog).toContainText(layoutFile);
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download .zip" }).click();
  const download = await downloading;
  const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(entries)).toEqual([layoutFile]);
  expect(strFromU8(entries[layoutFile]!)).toBe(text);
});

test("a saved layout is restored on open; new components are placed without moving the others", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const files = (await page.evaluate(
    () => (window.karma.getWorkspace() as { files: Record<string, string> }).files,
  )) as Record<string, string>;
  const saved = {
    "route53-zone/strall-com": { x: 40, y: 40 },
    "serverless-site/strall-com": { x: 400, y: 40 },
  };
  files[layoutFile] = `${JSON.stringify(saved, null, 2)}\n`;
  await editor.loadFiles(files);

  expect(await editor.position("route53-zone/strall-com")).toEqual(
    saved["route53-zone/strall-com"],
  );
  expect(await editor.position("serverless-site/strall-com")).toEqual(
    saved["serverless-site/strall-com"],
  );
  // the other nodes were placed below the saved ones, and nothing was written
  const others = (await editor.nodeIds()).filter((node) => !(node in saved));
  expect(others).toHaveLength(11);
  for (const node of others) expect((await editor.position(node)).y).toBeGreaterThan(100);
  expect(await editor.exportFiles()).toEqual({});
});
