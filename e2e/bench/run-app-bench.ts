/**
 * App benchmarks on a production build in headless Chromium (run `npx vite build` first):
 *   npx tsx e2e/bench/run-app-bench.ts
 * Serves dist/ with `vite preview` (or reuses a server already on KARMA_BENCH_PORT), loads
 * synthetic repositories through window.karma.loadFiles and prints each budget as PASS/FAIL.
 * A build elsewhere: `KARMA_OUT_DIR=../dist-4323 npx vite build`, then the same KARMA_OUT_DIR
 * (relative to app/, as in vite.config.ts) and a free KARMA_BENCH_PORT for this script.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRepository } from "@karma/core";
import { type Browser, chromium, type Page } from "@playwright/test";

const root = fileURLToPath(new URL("../../", import.meta.url));
const outDir = resolve(root, "app", process.env.KARMA_OUT_DIR ?? "../dist");
const port = Number(process.env.KARMA_BENCH_PORT ?? 4318);
const baseUrl = `http://127.0.0.1:${port}/`;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// the same browser and flags as playwright.config.ts
const launchOptions = {
  executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
const viewport = { width: 1440, height: 900 };

interface Row {
  name: string;
  value: number;
  /** null: reported, not budgeted */
  budget: number | null;
  unit: string;
  note?: string;
}

async function serverIsUp(): Promise<boolean> {
  try {
    return (await fetch(baseUrl)).ok;
  } catch {
    return false;
  }
}

async function startServer(): Promise<(() => void) | null> {
  if (await serverIsUp()) return null;
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir} is missing: run \`npx vite build\` first`);
  }
  // vite's own script under this node, so that killing this one process stops the server
  const vite = `${root}node_modules/vite/bin/vite.js`;
  const server = spawn(
    process.execPath,
    [vite, "preview", "--strictPort", "--port", String(port)],
    {
      cwd: root,
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 100; i++) {
    if (await serverIsUp()) return () => server.kill();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not start on port ${port}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

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

async function observeLongTasks(page: Page): Promise<void> {
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
  // a string, because tsx would wrap named functions in a helper the page does not have
  await page.evaluate(`(() => {
    const frames = [];
    window.frameTimes = frames;
    window.recording = true;
    let last = 0;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (window.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  })()`);
  for (let step = 1; step <= 90; step++) {
    await page.mouse.move(x + step * 3, y + Math.sin(step / 8) * 60);
    await page.waitForTimeout(16);
  }
  const frames = await page.evaluate(() => {
    const recorder = window as unknown as { recording: boolean; frameTimes: number[] };
    recorder.recording = false;
    return recorder.frameTimes;
  });
  await page.mouse.up();
  return frames;
}

/** Median of the time from a click on a component to the frame after its highlight. */
async function selectionTimes(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const canvas = (await page.locator(".react-flow").boundingBox())!;
    // a component on screen, away from the edges, that is not the one selected
    const target = await page.locator(".react-flow__node-component").evaluateAll(
      (nodes, box) =>
        nodes
          .map((node) => ({
            id: node.getAttribute("data-id")!,
            rect: node.getBoundingClientRect(),
          }))
          .filter(
            ({ rect, id }) =>
              id !== null &&
              document
                .querySelector(`.react-flow__node[data-id="${id}"]`)
                ?.getAttribute("data-lineage") !== "self" &&
              rect.x > box.x + 40 &&
              rect.right < box.x + box.width - 40 &&
              rect.y > box.y + 120 &&
              rect.bottom < box.y + box.height - 120,
          )
          .map(({ id, rect }) => ({ id, x: rect.x + 20, y: rect.y + rect.height / 2 })),
      canvas,
    );
    const pick = target[(run * 5) % target.length];
    if (!pick) throw new Error("no component on screen to select");
    // a string, because tsx would wrap named functions in a helper the page does not have
    await page.evaluate(`(() => {
      const node = document.querySelector('.react-flow__node[data-id="${pick.id}"]');
      window.selectionTime = new Promise((resolve) => {
        let clicked = 0;
        window.addEventListener("click", () => { clicked = performance.now(); }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (node.getAttribute("data-lineage") !== "self") return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - clicked));
        });
        observer.observe(node, { attributes: true, attributeFilter: ["data-lineage"] });
      });
    })()`);
    await page.mouse.click(pick.x, pick.y);
    times.push(
      await page.evaluate(() => (window as unknown as { selectionTime: number }).selectionTime),
    );
    await page.waitForTimeout(300);
  }
  return times;
}

/** rAF frame times while panning the canvas by dragging its background with real mouse moves. */
async function panFrames(page: Page): Promise<number[]> {
  const canvas = (await page.locator(".react-flow").boundingBox())!;
  const start = await page.evaluate((box) => {
    for (let y = box.y + box.height * 0.3; y < box.y + box.height * 0.8; y += 23) {
      for (let x = box.x + box.width * 0.3; x < box.x + box.width * 0.7; x += 17) {
        if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane"))
          return { x, y };
      }
    }
    return null;
  }, canvas);
  if (!start) throw new Error("no empty spot of the canvas to pan from");
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(`(() => {
    const frames = [];
    window.frameTimes = frames;
    window.recording = true;
    let last = 0;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (window.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  })()`);
  for (let step = 1; step <= 120; step++) {
    await page.mouse.move(start.x - step * 6, start.y - step * 4);
    await page.waitForTimeout(16);
  }
  const frames = await page.evaluate(() => {
    const recorder = window as unknown as { recording: boolean; frameTimes: number[] };
    recorder.recording = false;
    return recorder.frameTimes;
  });
  await page.mouse.up();
  return frames;
}

/** A 5,000-component environment: open, expand every group, select, pan. */
async function largeGraph(browser: Browser): Promise<Row[]> {
  const rows: Row[] = [];
  const files = generateRepository({ components: 5000, environments: ["prod"], seed: 7 });
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.waitForSelector(".react-flow__node");
  await observeLongTasks(page);
  const started = Date.now();
  await page.evaluate((map) => window.karma.loadFiles(map), files);
  await page.waitForSelector(".react-flow__node-type-group");
  const openMs = Date.now() - started;
  const longest = await page.evaluate(() =>
    Math.max(
      0,
      ...(window as unknown as { longTasks: { start: number; end: number }[] }).longTasks.map(
        (task) => task.end - task.start,
      ),
    ),
  );
  const groups = await page.locator(".react-flow__node-type-group").count();
  rows.push({
    name: "5000-component environment opens, grouped by type",
    value: openMs,
    budget: null,
    unit: "ms",
    note: `${groups} groups; longest main-thread task ${Math.round(longest)} ms`,
  });

  const expandStarted = Date.now();
  // a CSS locator: a role locator would compute accessible names over thousands of elements
  await page.locator(".view-toolbar button", { hasText: "Expand all" }).click();
  // the view moves to the top-left corner of the expanded groups, at a readable zoom
  await page.waitForFunction(
    () => document.querySelectorAll(".react-flow__node-component").length > 40,
  );
  rows.push({
    name: "expand every group (5000 components)",
    value: Date.now() - expandStarted,
    budget: null,
    unit: "ms",
    note: `${await page.locator(".react-flow__node-component").count()} rendered (on screen)`,
  });
  await page.waitForTimeout(1500);

  const times = await selectionTimes(page, 7);
  rows.push({
    name: "select in a 5000-component graph: highlight shown",
    value: median(times),
    budget: 100,
    unit: "ms",
    note: `median of ${times.length}, max ${Math.round(Math.max(...times))} ms`,
  });

  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  const frames = await panFrames(page);
  rows.push({
    name: "pan a 5000-component graph: median frame",
    value: median(frames),
    budget: 33,
    unit: "ms",
    note: `${frames.length} frames, p95 ${Math.round(percentile(frames, 95))} ms`,
  });
  await context.close();
  return rows;
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
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForSelector(".react-flow__node");
    await observeLongTasks(page);
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

    rows.push(...(await largeGraph(browser)));
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
      `${row.name.padEnd(width)}  ${`${Math.round(row.value)} ${row.unit}`.padStart(9)}  ${budget.padStart(9)}  ${result}${row.note ? `  (${row.note})` : ""}`,
    );
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
