import { generateRepository } from "@karma/core";
import type { Browser, Page } from "@playwright/test";
import type { Row } from "./bench-row.ts";
import { startFrameRecording, stopFrameRecording } from "./frame-recording.ts";
import { openWatchedApp } from "./long-tasks.ts";
import { median, percentile } from "./stats.ts";

/** Resolves once the canvas's view has not moved for ten frames in a row. */
async function viewSettled(page: Page): Promise<void> {
  // a string, because tsx would wrap named functions in a helper the page does not have
  await page.evaluate(`new Promise((resolve) => {
    let last = "";
    let still = 0;
    const tick = () => {
      const now = document.querySelector(".react-flow__viewport")?.style.transform ?? "";
      still = now === last ? still + 1 : 0;
      last = now;
      if (still >= 10) resolve(undefined);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/** Median of the time from a click on a component to the frame after its highlight. */
async function selectionTimes(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    // the view moves after a selection (the inspector opens beside the canvas, and the selection
    // is kept in view): aim once it has stopped, as a person would
    await viewSettled(page);
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
      window.selectionTime = new Promise((resolve, reject) => {
        let clicked = 0;
        window.addEventListener("click", () => { clicked = performance.now(); }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (node.getAttribute("data-lineage") !== "self") return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - clicked));
        });
        // a press that selects nothing ends the benchmark with a reason, not a hang
        setTimeout(() => reject(new Error("${pick.id} was not selected within 10 s")), 10000);
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
  await startFrameRecording(page);
  for (let step = 1; step <= 120; step++) {
    await page.mouse.move(start.x - step * 6, start.y - step * 4);
    await page.waitForTimeout(16);
  }
  const frames = await stopFrameRecording(page);
  await page.mouse.up();
  return frames;
}

/** A 5,000-component environment: open, expand every group, select, pan. */
export async function largeGraph(browser: Browser): Promise<Row[]> {
  const rows: Row[] = [];
  const files = generateRepository({ components: 5000, environments: ["prod"], seed: 7 });
  const { context, page } = await openWatchedApp(browser);
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
