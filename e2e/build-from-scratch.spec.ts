import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
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

test.use({ viewport: { width: 1600, height: 1000 } });

/** Types a value into an inspector field of the selected component and commits it with Enter. */
async function fill(page: Page, key: string, value: string): Promise<void> {
  const field = page.getByTestId("inspector").locator(`[name="${key}"]`);
  await field.fill(value);
  await field.press("Enter");
}

test("from an empty environment, build the platform-core shape by drag and drop and export config that karma validate accepts", async ({
  page,
}) => {
  test.slow();
  const accountText = readSampleFile(emptyDev);
  await openEmptyDev(page, accountText);
  const editor = new EditorPage(page);
  const connect = async (dependent: string, dependency: string) => {
    await dragBetween(
      page,
      handle(editor.node(dependent), "target"),
      handle(editor.node(dependency), "source"),
    );
  };

  // the compute chain: vpc ← ecs-cluster ← ecs-service
  await dropFromPalette(page, "vpc", { x: 200, y: 120 });
  await expect(editor.node("vpc/vpc-1")).toBeVisible();
  await dropBelow(page, "ecs-cluster", editor.node("vpc/vpc-1"), 160);
  await dropBelow(page, "ecs-service", editor.node("ecs-cluster/ecs-cluster-1"), 160);
  await connect("ecs-cluster/ecs-cluster-1", "vpc/vpc-1");
  await connect("ecs-service/ecs-service-1", "ecs-cluster/ecs-cluster-1");
  await expect(editor.edge("ecs-cluster/ecs-cluster-1", "vpc/vpc-1", "vpc_nickname")).toHaveCount(
    1,
  );
  await expect(
    editor.edge("ecs-service/ecs-service-1", "ecs-cluster/ecs-cluster-1", "cluster_nickname"),
  ).toHaveCount(1);

  // a bucket, and a site served under a zone; the zone needs its name before it can be wired
  const vpcBox = (await editor.node("vpc/vpc-1").boundingBox())!;
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  await dropFromPalette(page, "route53-zone", { x: vpcBox.x - pane.x + 450, y: 120 });
  await fill(page, "zone_name", "example.com");
  await dropBelow(page, "serverless-site", editor.node("route53-zone/route53-zone-1"), 160);
  // right of the zone, where the canvas (narrowed by the inspector) still shows
  const shown = (await page.locator(".react-flow__pane").boundingBox())!;
  await dropFromPalette(page, "s3-bucket", {
    x: Math.min(vpcBox.x - pane.x + 850, shown.width - 140),
    y: 120,
  });
  await fill(page, "bucket_name", "example-artifacts");
  await connect("serverless-site/serverless-site-1", "route53-zone/route53-zone-1");
  await expect(
    editor.edge(
      "serverless-site/serverless-site-1",
      "route53-zone/route53-zone-1",
      "route53_zone_name",
    ),
  ).toHaveCount(1);

  // the inspector shows what is still required; fill it in
  await editor.node("serverless-site/serverless-site-1").click();
  await fill(page, "content_bucket_prefix", "example-site");
  await fill(page, "cloudfront_comment", "example.com site");

  const errors = await page.evaluate(() =>
    window.karma.getIssues().filter((issue) => issue.severity === "error"),
  );
  expect(errors).toEqual([]);

  // the exported files, in a repository on disk, pass the CLI that CI runs
  const files = await editor.exportFiles();
  const repository = mkdtempSync(join(tmpdir(), "karma-built-"));
  for (const [path, text] of Object.entries({ [emptyDev]: accountText, ...files })) {
    if (text === null) continue;
    mkdirSync(dirname(join(repository, path)), { recursive: true });
    writeFileSync(join(repository, path), text);
  }
  const report = JSON.parse(
    execFileSync("node", ["packages/cli/bin/karma.js", "validate", repository, "--json"], {
      encoding: "utf8",
    }),
  ) as { components: number; issues: { severity: string }[] };
  expect(report.components).toBe(6);
  expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);

  // every step is in the history, and walking back to the start leaves nothing to export
  const history = page.getByTestId("history-panel");
  await expect(history).toContainText(
    "Connect ecs-cluster/ecs-cluster-1 → vpc/vpc-1 (vpc_nickname)",
  );
  await history.getByRole("button", { name: /^Opened/ }).click();
  expect(await editor.exportFiles()).toEqual({});
});
