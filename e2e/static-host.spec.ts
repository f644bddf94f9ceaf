import { expect, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { appBuildDir } from "./support/karma-serve.ts";
import { hostStatic } from "./support/static-host.ts";
import "./support/karma-window.ts";

test("the build works from a plain static host under any path, the layout worker included", async ({
  page,
}) => {
  const host = await hostStatic(appBuildDir(), "/tools/karma/");
  try {
    const editor = new EditorPage(page);
    await page.goto(host.url);
    await editor.waitForGraph();
    await expect(page.locator(".react-flow__node-component")).toHaveCount(11);
    await expect(page.getByRole("status").filter({ hasText: "Laying out" })).toHaveCount(0);
    await expect(
      editor.edge("serverless-site/strall-com", "route53-zone/strall-com", "route53_zone_name"),
    ).toHaveCount(1);

    await editor.environment.selectOption("dev");
    await expect(page).toHaveURL(/\/tools\/karma\/\?(.*&)?env=dev/);
    await page.reload();
    await editor.waitForGraph();
    await expect(editor.environment).toHaveValue("dev");
  } finally {
    await host.close();
  }
});
