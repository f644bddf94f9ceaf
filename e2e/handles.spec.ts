import { expect, test } from "@playwright/test";
import {
  dropBelow,
  dropFromPalette,
  emptyDev,
  handle,
  openEmptyDev,
  pressAndMove,
  zoomTo,
} from "./support/canvas-gestures.ts";
import { EditorPage } from "./support/editor-page.ts";
import { readSampleFile } from "./support/fixtures.ts";
import "./support/karma-window.ts";

const vpc = "vpc/vpc-1";
const cluster = "ecs-cluster/ecs-cluster-1";

test.use({ viewport: { width: 1440, height: 900 } });

for (const zoom of [1, 0.6]) {
  test(`at zoom ${zoom}, a press 3 px outside a card at its handle starts a connection, and the hint names the key written`, async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await openEmptyDev(page, readSampleFile(emptyDev));
    await dropFromPalette(page, "vpc", { x: 300, y: 200 });
    await expect(editor.node(vpc)).toBeVisible();
    await dropBelow(page, "ecs-cluster", editor.node(vpc), 160);
    await expect(editor.node(cluster)).toBeVisible();
    await zoomTo(page, zoom);

    // the cluster's left handle: press beside the card, outside it
    const card = (await editor.node(cluster).boundingBox())!;
    const dot = (await handle(editor.node(cluster), "target").boundingBox())!;
    const press = { x: card.x - 3, y: dot.y + dot.height / 2 };
    const target = (await editor.node(vpc).boundingBox())!;
    await pressAndMove(page, press, {
      x: target.x + target.width / 2,
      y: target.y + target.height / 2,
    });
    await expect(page.getByTestId("connect-hint")).toHaveText(`${cluster}.vpc_nickname = "vpc-1"`);
    await page.mouse.up();
    await expect(editor.edge(cluster, vpc, "vpc_nickname")).toHaveCount(1);
    expect(
      (await page.evaluate(() => window.karma.getWorkspace())).files[
        "iac/dev/ecs-cluster/ecs-cluster-1/config.json"
      ],
    ).toContain('"vpc_nickname": "vpc-1"');
  });
}

test("dragged from the provider's right handle, the hint still says which key of the dependent is written", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await openEmptyDev(page, readSampleFile(emptyDev));
  await dropFromPalette(page, "vpc", { x: 300, y: 200 });
  await dropBelow(page, "ecs-cluster", editor.node(vpc), 160);
  await expect(editor.node(cluster)).toBeVisible();
  const dot = (await handle(editor.node(vpc), "source").boundingBox())!;
  const target = (await editor.node(cluster).boundingBox())!;
  await pressAndMove(
    page,
    { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 },
    { x: target.x + target.width / 2, y: target.y + target.height / 2 },
  );
  await expect(page.getByTestId("connect-hint")).toHaveText(`${cluster}.vpc_nickname = "vpc-1"`);
  await page.mouse.up();
  await expect(editor.edge(cluster, vpc, "vpc_nickname")).toHaveCount(1);
});
