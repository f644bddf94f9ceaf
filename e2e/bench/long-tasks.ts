import type { Browser, BrowserContext, Page } from "@playwright/test";
import { baseUrl, viewport } from "./bench-server.ts";

/** Records the page's long main-thread tasks in `window.longTasks` from now on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: { start: number; end: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      }
    }).observe({ type: "longtask" });
  });
}

/**
 * A fresh page of the app with the sample shown and long tasks recorded, ready to load a
 * generated repository through window.karma.loadFiles.
 */
export async function openWatchedApp(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.waitForSelector(".react-flow__node");
  await observeLongTasks(page);
  return { context, page };
}
