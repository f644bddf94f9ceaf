import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
const server = spawn(process.execPath, ["node_modules/vite/bin/vite.js", "preview", "--strictPort", "--port", "4334"], { env: { ...process.env, KARMA_OUT_DIR: "../dist-4323" }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
try {
  for (const scheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
    await page.goto("http://127.0.0.1:4334/?env=prod&select=serverless-api/karma-api");
    await page.waitForSelector('.react-flow__node[data-lineage="self"]');
    await page.getByRole("tab", { name: "Lineage", exact: true }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shot-${scheme}.png` });
    if (scheme === "light") {
      await page.locator('.react-flow__node[data-id="route53-zone/usekarma-dev"]').click();
      await page.keyboard.press("f");
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/shot-focus.png` });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
