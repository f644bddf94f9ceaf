import { generateRepository } from "@karma/core";
import type { Browser, Page } from "@playwright/test";
import type { Row } from "./bench-row.ts";
import { openWatchedApp } from "./long-tasks.ts";
import { median } from "./stats.ts";

/** A bucket of the generated repository whose `versioning` the edits flip. */
function bucketOf(files: Record<string, string>): { id: string; file: string } {
  const file = Object.keys(files).find((path) =>
    /^iac\/prod\/s3-bucket\/[^/]+\/config\.json$/.test(path),
  )!;
  return { id: `s3-bucket/${file.split("/")[3]}`, file };
}

/**
 * One edit as the inspector makes it (the set-field command, through window.karma.run), and the
 * longest main-thread task from the edit until the page has drawn it and gone quiet.
 */
export async function timedEdit(page: Page, id: string, value: boolean): Promise<number> {
  return page.evaluate(
    `(async () => {
      const tasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: "longtask" });
      const start = performance.now();
      window.karma.run("set-field", { env: "prod", id: ${JSON.stringify(id)}, path: ["versioning"], value: ${value} });
      const edit = performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 400)));
      observer.disconnect();
      return Math.max(edit, ...tasks);
    })()`,
  );
}

/** The bytes the app keeps in IndexedDB for autosave (the records as structured JSON). */
async function autosaveBytes(page: Page): Promise<number> {
  await page.waitForFunction(() => document.body.textContent?.includes("Saved in this browser"));
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("karma");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const all = database.transaction("autosave").objectStore("autosave").getAll();
          all.onsuccess = () => {
            const records = all.result.map((record) =>
              JSON.stringify(record, (key, value) => (key === "handle" ? undefined : value)),
            );
            database.close();
            resolve(records.reduce((sum, text) => sum + new Blob([text]).size, 0));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

export async function editBench(browser: Browser): Promise<Row[]> {
  const rows: Row[] = [];

  const large = generateRepository({ components: 10_000, environments: ["prod"], seed: 11 });
  const { context, page } = await openWatchedApp(browser);
  await page.evaluate((map) => window.karma.loadFiles(map), large);
  await page.waitForTimeout(1000);
  const { id } = bucketOf(large);
  const tasks: number[] = [];
  for (let run = 0; run < 7; run++) tasks.push(await timedEdit(page, id, run % 2 === 0));
  rows.push({
    name: "inspector edit, 10,000 components in one environment: longest task",
    value: median(tasks),
    budget: 50,
    unit: "ms",
    note: `median of 7, max ${Math.round(Math.max(...tasks))} ms`,
  });
  await context.close();

  const repository = generateRepository({ components: 1000, environments: ["prod"], seed: 12 });
  const watched = await openWatchedApp(browser);
  await watched.page.evaluate((map) => window.karma.loadFiles(map), repository);
  const before = await autosaveBytes(watched.page);
  const bucket = bucketOf(repository);
  for (let edit = 0; edit < 30; edit++) {
    await watched.page.evaluate(
      ({ id, value }) =>
        window.karma.run("set-field", { env: "prod", id, path: ["versioning"], value }),
      { id: bucket.id, value: edit % 2 === 0 },
    );
  }
  const after = await autosaveBytes(watched.page);
  const repositoryBytes = Object.values(repository).reduce((sum, text) => sum + text.length, 0);
  rows.push({
    name: "autosave: growth per edit (30 edits, 1,000 components)",
    value: (after - before) / 30 / 1024,
    budget: 1,
    unit: "KB",
    note: `${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB; repository ${Math.round(repositoryBytes / 1024)} KB`,
  });
  await watched.context.close();
  return rows;
}
