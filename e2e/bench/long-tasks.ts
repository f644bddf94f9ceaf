import type { Page } from "@playwright/test";

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
