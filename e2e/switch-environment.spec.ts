import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import "./support/karma-window.ts";

test("switching to dev shows dev's sites, and prod's zones as external nodes", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();

  await editor.environment.selectOption("dev");
  await expect(page.locator(".react-flow__node-component")).toHaveCount(3);
  expect(await editor.nodeIds()).toEqual([
    "route53-zone/strall-com",
    "route53-zone/usekarma-dev",
    "serverless-site/strall-com",
    "serverless-site/test-site",
    "serverless-site/usekarma-dev",
  ]);
  // the zones live in prod and serve dev: shown as ghosts that say where they are
  const zone = editor.node("route53-zone/strall-com");
  await expect(zone).toHaveClass(/react-flow__node-external/);
  await expect(zone).toContainText("defined in prod");
  await expect(
    editor.edge("serverless-site/strall-com", "route53-zone/strall-com", "route53_zone_name"),
  ).toHaveCount(1);
  await expect(editor.node("serverless-site/strall-com")).toHaveAttribute("data-issues", "1");
  await expect(editor.node("serverless-site/test-site")).toHaveAttribute("data-issues", "0");

  await editor.environment.selectOption("prod");
  await expect(page.locator(".react-flow__node-component")).toHaveCount(11);
});
