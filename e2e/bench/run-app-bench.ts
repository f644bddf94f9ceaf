/**
 * App benchmarks on a production build in headless Chromium (run `npx vite build` first):
 *   npx tsx e2e/bench/run-app-bench.ts
 * Serves dist/ with `vite preview` (or reuses a server already on KARMA_BENCH_PORT), loads
 * synthetic repositories through window.karma.loadFiles and prints each budget as PASS/FAIL.
 * A build elsewhere: `KARMA_OUT_DIR=../dist-4323 npx vite build`, then the same KARMA_OUT_DIR
 * (relative to app/, as in vite.config.ts) and a free KARMA_BENCH_PORT for this script.
 */
import { generateRepository } from "@karma/core";
import { type Browser, chromium, type Page } from "@playwright/test";
import { bareFlow, karmaOpens } from "./bare-flow-bench.ts";
import type { Row } from "./bench-row.ts";
import { baseUrl, launchOptions, startServer, viewport } from "./bench-server.ts";
import { editBench } from "./edit-bench.ts";
import { startFrameRecording, stopFrameRecording } from "./frame-recording.ts";
import { largeGraph } from "./large-graph-bench.ts";
import { observeLongTasks, openWatchedApp } from "./long-tasks.ts";
import { median, percentile } from "./stats.ts";
import { workspaceBench } from "./workspace-bench.ts";

/** Navigation start to the sample's 13 nodes on screen, laid out (fresh browser context). */
async function sampleOpen(browser: Browser): Promise<number> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll(".react-flow__node").length >= 13) {
        (window as unknown as { laidOutAt: number }).laidOutAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(baseUrl);
  await page.waitForFunction(() => "laidOutAt" in window);
  const time = await page.evaluate(() => (window as unknown as { laidOutAt: number }).laidOutAt);
  await context.close();
  return time;
}

interface LayoutFigures {
  nodes: number;
  workerMs: number;
  /** Longest main-thread task between the request and the answer. */
  longestTaskMs: number;
  /** Longest task from the answer on: showing the laid-out graph. */
  longestApplyMs: number;
}

/** The last worker layout, and the main thread's long tasks while it ran and after. */
async function lastLayout(page: Page): Promise<LayoutFigures> {
  await page.waitForTimeout(1500);
  return page.evaluate(() => {
    const layout = performance.getEntriesByName("karma:layout").at(-1) as PerformanceMeasure;
    const requested = performance.getEntriesByName("karma:layout-requested").at(-1)!;
    // the answer is measured inside the task that receives it, which then applies it
    const answered = layout.startTime + layout.duration;
    const tasks = (window as unknown as { longTasks: { start: number; end: number }[] }).longTasks;
    const receiving = tasks.find((task) => task.start <= answered && answered <= task.end);
    const during = tasks.filter(
      (task) => task !== receiving && task.end > requested.startTime && task.start < answered,
    );
    const after = tasks.filter((task) => task === receiving || task.start >= answered);
    return {
      nodes: (layout.detail as { nodes: number }).nodes,
      workerMs: layout.duration,
      longestTaskMs: Math.max(0, ...during.map((task) => task.end - task.start)),
      longestApplyMs: Math.max(0, ...after.map((task) => task.end - task.start)),
    };
  });
}

/** rAF frame times while dragging a node with real mouse moves. */
async function dragFrames(page: Page): Promise<number[]> {
  // a node near the middle of the canvas: one at its edge would make React Flow pan the view
  const canvas = (await page.locator(".react-flow").boundingBox())!;
  const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  const boxes = await page
    .locator(".react-flow__node-component")
    .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect));
  const box = boxes.sort(
    (a, b) =>
      Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y),
  )[0]!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await startFrameRecording(page);
  for (let step = 1; step <= 90; step++) {
    await page.mouse.move(x + step * 3, y + Math.sin(step / 8) * 60);
    await page.waitForTimeout(16);
  }
  const frames = await stopFrameRecording(page);
  await page.mouse.up();
  return frames;
}

async function main(): Promise<void> {
  const stopServer = await startServer();
  const browser = await chromium.launch(launchOptions);
  const rows: Row[] = [];
  try {
    await sampleOpen(browser); // warm the server's file cache
    const opens: number[] = [];
    for (let run = 0; run < 5; run++) opens.push(await sampleOpen(browser));
    rows.push({
      name: "sample opens to a laid-out graph",
      value: median(opens),
      budget: 1000,
      unit: "ms",
      note: `median of 5, from navigation start`,
    });

    const files = generateRepository({ components: 1000, environments: ["prod"], seed: 7 });
    const { context, page } = await openWatchedApp(browser);
    const started = Date.now();
    await page.evaluate((map) => window.karma.loadFiles(map), files);
    const placedMs = Date.now() - started;
    const first = await lastLayout(page);
    rows.push({
      name: `${first.nodes}-node layout in the worker (on open)`,
      value: first.workerMs,
      budget: 2000,
      unit: "ms",
      note: `open to placed: ${placedMs} ms`,
    });
    rows.push({
      name: "longest main-thread task during that layout",
      value: first.longestTaskMs,
      budget: 100,
      unit: "ms",
    });
    rows.push({
      name: "longest task showing the laid-out graph",
      value: first.longestApplyMs,
      budget: null,
      unit: "ms",
    });

    await page.waitForTimeout(500);
    await page.getByRole("button", { name: "Auto layout", exact: true }).click();
    await page.waitForFunction(() => performance.getEntriesByName("karma:layout").length >= 3);
    await observeLongTasks(page);
    const auto = await lastLayout(page);
    rows.push({
      name: `${auto.nodes}-node auto layout in the worker`,
      value: auto.workerMs,
      budget: 2500,
      unit: "ms",
      note: "measured node sizes",
    });
    rows.push({
      name: "longest main-thread task during auto layout",
      value: auto.longestTaskMs,
      budget: 100,
      unit: "ms",
    });

    await page.waitForTimeout(1000);
    const frames = await dragFrames(page);
    rows.push({
      name: `drag in a ${first.nodes}-node graph: p95 frame`,
      value: percentile(frames, 95),
      budget: 33,
      unit: "ms",
      note: `${frames.length} frames, max ${Math.round(Math.max(...frames))} ms`,
    });
    await context.close();

    const bare = await bareFlow(browser);
    rows.push(...bare);
    rows.push(...(await karmaOpens(browser, bare)));
    rows.push(...(await largeGraph(browser)));
    rows.push(...(await editBench(browser)));
    rows.push(...(await workspaceBench(browser)));
  } finally {
    await browser.close();
    stopServer?.();
  }

  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(
    `${"benchmark".padEnd(width)}  ${"value".padStart(9)}  ${"budget".padStart(9)}  result`,
  );
  let failed = false;
  for (const row of rows) {
    const pass = row.budget === null || row.value < row.budget;
    failed ||= !pass;
    const budget = row.budget === null ? "—" : `<${row.budget} ${row.unit}`;
    const result = row.budget === null ? "info" : pass ? "PASS" : "FAIL";
    console.log(
      `${row.name.padEnd(width)}  ${`${shown(row.value)} ${row.unit}`.padStart(9)}  ${budget.padStart(9)}  ${result}${row.note ? `  (${row.note})` : ""}`,
    );
  }
  process.exitCode = failed ? 1 : 0;
}

/** A figure as printed: a small one with its tenths, so that 0.7 KB is not shown as 1 KB. */
function shown(value: number): string {
  return Math.abs(value) < 10 && !Number.isInteger(value)
    ? value.toFixed(1)
    : String(Math.round(value));
}

await main();
