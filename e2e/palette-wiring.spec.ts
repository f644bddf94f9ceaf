import { expect, test } from "@playwright/test";
import {
  dragBetween,
  dropBelow,
  dropFromPalette,
  emptyDev,
  handle,
  openEmptyDev,
} from "./support/canvas-gestures.ts";
import { EditorPage } from "./support/editor-page.ts";
import { readSampleFile } from "./support/fixtures.ts";
import "./support/karma-window.ts";

const vpc = "vpc/vpc-1";
const cluster = "ecs-cluster/ecs-cluster-1";
const clusterFile = "iac/dev/ecs-cluster/ecs-cluster-1/config.json";

test.use({ viewport: { width: 1600, height: 900 } });

test.beforeEach(async ({ page }) => {
  await openEmptyDev(page, readSampleFile(emptyDev));
});

test("drag a vpc and an ecs-cluster from the palette and connect the cluster to the vpc", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await dropFromPalette(page, "vpc", { x: 300, y: 200 });
  await expect(editor.node(vpc)).toBeVisible();
  const at = await dropBelow(page, "ecs-cluster", editor.node(vpc));
  await expect(editor.node(cluster)).toBeVisible();
  // placed where it was dropped: centred on the pointer
  const box = (await editor.node(cluster).boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThan(3);
  expect(Math.abs(box.y + box.height / 2 - at.y)).toBeLessThan(3);
  // the new cluster lacks its required vpc_nickname
  await expect(editor.node(cluster)).toHaveAttribute("data-issues", "1");

  // from the cluster's dependent side (left) to the vpc's provider side (right)
  await dragBetween(
    page,
    handle(editor.node(cluster), "target"),
    handle(editor.node(vpc), "source"),
  );
  await expect(editor.edge(cluster, vpc, "vpc_nickname")).toHaveCount(1);
  await expect(editor.node(cluster)).toHaveAttribute("data-issues", "0");

  const files = await editor.exportFiles();
  expect(Object.keys(files).sort()).toEqual([
    ".karma/layout/dev.json",
    clusterFile,
    "iac/dev/vpc/vpc-1/config.json",
  ]);
  expect(files[clusterFile]).toContain('"vpc_nickname": "vpc-1"');
  expect(Object.keys(JSON.parse(files[".karma/layout/dev.json"]!))).toEqual([cluster, vpc]);
});

test("a connection the dependent cannot read is refused, and why is shown", async ({ page }) => {
  const editor = new EditorPage(page);
  const bucket = "s3-bucket/s3-bucket-1";
  await dropFromPalette(page, "ecs-cluster", { x: 300, y: 200 });
  await expect(editor.node(cluster)).toBeVisible();
  await dropBelow(page, "s3-bucket", editor.node(cluster));
  await expect(editor.node(bucket)).toBeVisible();
  const before = await editor.exportFiles();

  // the cluster's vpc_nickname cannot take an s3-bucket: marked while dragging
  await dragBetween(
    page,
    handle(editor.node(cluster), "target"),
    handle(editor.node(bucket), "source"),
    { release: false },
  );
  await expect(editor.node(bucket).locator("[data-connectable]")).toHaveAttribute(
    "data-connectable",
    "false",
  );
  await expect(page.getByTestId("connect-hint")).toContainText(
    "ecs-cluster reads vpc (vpc_nickname); not s3-bucket.",
  );
  await page.mouse.up();

  await expect(editor.notice).toContainText("not s3-bucket");
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);
  expect(await editor.exportFiles()).toEqual(before);
  await expect(editor.node(bucket).locator("[data-connectable]")).toHaveCount(0);
});

test("dragged from the cluster to the vpc, handles either way round, the cluster depends on the vpc", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await dropFromPalette(page, "vpc", { x: 300, y: 200 });
  await dropBelow(page, "ecs-cluster", editor.node(vpc));
  // from the cluster's right handle onto the vpc's left one: only the reverse can be written
  await dragBetween(
    page,
    handle(editor.node(cluster), "source"),
    handle(editor.node(vpc), "target"),
  );
  await expect(editor.edge(cluster, vpc, "vpc_nickname")).toHaveCount(1);
  expect((await editor.exportFiles())[clusterFile]).toContain('"vpc_nickname": "vpc-1"');
});

test("Enter on a palette entry adds at the centre; Delete on a selected edge clears the reference", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await page.getByTestId("palette-item-vpc").focus();
  await page.keyboard.press("Enter");
  await expect(editor.node(vpc)).toBeVisible();
  // the new component's nickname can be typed right away
  await expect(page.getByTestId("inspector").getByLabel("Nickname")).toBeFocused();
  await dropBelow(page, "ecs-cluster", editor.node(vpc));
  // from the vpc's provider side onto the cluster's card: the cluster depends on the vpc
  await dragBetween(page, handle(editor.node(vpc), "source"), editor.node(cluster));
  const edge = editor.edge(cluster, vpc, "vpc_nickname");
  await expect(edge).toHaveCount(1);

  await edge.locator(".react-flow__edge-interaction").click({ force: true });
  await expect(edge).toHaveClass(/selected/);
  await page.keyboard.press("Delete");
  await expect(edge).toHaveCount(0);
  const files = await editor.exportFiles();
  expect(files[clusterFile]).toBe("{}\n");
  await expect(page.getByTestId("history-panel")).toContainText(
    `Disconnect ${cluster} → ${vpc} (vpc_nickname)`,
  );
});

test("when several keys of the dependent fit, the user chooses the one written", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const lambdaFile = "iac/dev/lambda/api/config.json";
  const fn = { runtime: "python3.12", handler: "main.handler", memory_size: 128, timeout: 10 };
  await editor.loadFiles({
    [emptyDev]: readSampleFile(emptyDev),
    "iac/dev/vpc/main/config.json": "{}\n",
    [lambdaFile]: `${JSON.stringify({ functions: { echo: fn, time: fn } }, null, 2)}\n`,
  });
  await dragBetween(
    page,
    handle(editor.node("lambda/api"), "target"),
    handle(editor.node("vpc/main"), "source"),
  );
  const chooser = page.getByTestId("slot-chooser");
  await expect(chooser.getByRole("button")).toHaveText([
    "functions.echo.vpc_nickname",
    "functions.time.vpc_nickname",
    "functions.echo.src_nickname",
    "functions.time.src_nickname",
    "Cancel",
  ]);
  await chooser.getByRole("button", { name: "functions.time.vpc_nickname" }).click();
  await expect(chooser).toHaveCount(0);
  await expect(editor.edge("lambda/api", "vpc/main", "functions.time.vpc_nickname")).toHaveCount(1);
  const written = JSON.parse((await editor.exportFiles())[lambdaFile]!);
  expect(written.functions.time.vpc_nickname).toBe("main");
  expect(written.functions.echo.vpc_nickname).toBeUndefined();
});
