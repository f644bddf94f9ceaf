import { generateWorkspace } from "@karma/core";
import type { Browser, Page } from "@playwright/test";
import type { Row } from "./bench-row.ts";
import { timedEdit } from "./edit-bench.ts";
import { openWatchedApp } from "./long-tasks.ts";
import { median } from "./stats.ts";

const repositories = 50;
const componentsEach = 200;

/** The longest main-thread task recorded on the page so far. */
function longestTask(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...(window as unknown as { longTasks: { start: number; end: number }[] }).longTasks.map(
        (task) => task.end - task.start,
      ),
    ),
  );
}

/**
 * A workspace of 50 repositories × 200 components in one environment (one synthetic repository
 * dealt out, so most references cross repositories): the editor opens it grouped by repository,
 * then an edit in one repository as the inspector makes it.
 */
export async function workspaceBench(browser: Browser): Promise<Row[]> {
  const rows: Row[] = [];
  const files = generateWorkspace({
    repositories,
    componentsEach,
    environments: ["prod"],
    seed: 7,
  });
  const { context, page } = await openWatchedApp(browser);
  const started = Date.now();
  await page.evaluate((map) => window.karma.loadFiles(map), files);
  // usable: every repository's group drawn
  await page.waitForFunction(
    (count) => document.querySelectorAll(".react-flow__node-type-group").length === count,
    repositories,
  );
  const openMs = Date.now() - started;
  rows.push({
    name: `editor opens ${repositories} repositories × ${componentsEach} components, grouped by repository`,
    value: openMs,
    budget: null,
    unit: "ms",
    note: `${repositories} groups; longest main-thread task ${Math.round(await longestTask(page))} ms`,
  });

  await page.waitForTimeout(1000);
  // a bucket of another repository than the opened one
  const bucket = Object.keys(files).find((path) =>
    /^\.\.\/repo-07\/iac\/prod\/s3-bucket\/[^/]+\/config\.json$/.test(path),
  )!;
  const id = `s3-bucket/${bucket.split("/")[5]}`;
  const tasks: number[] = [];
  for (let run = 0; run < 7; run++) tasks.push(await timedEdit(page, id, run % 2 === 0));
  rows.push({
    name: `inspector edit, ${repositories} repositories × ${componentsEach} components: longest task`,
    value: median(tasks),
    budget: 50,
    unit: "ms",
    note: `median of 7, max ${Math.round(Math.max(...tasks))} ms`,
  });
  await context.close();
  return rows;
}
