import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { buildGraph, type Graph, generateRepository, loadWorkspace } from "@karma/core";
import type { Browser, Page } from "@playwright/test";
import { build, preview } from "vite";
import type { BareEdge, BareNode } from "./bare-flow/draw-nodes.ts";
import type { Row } from "./bench-row.ts";
import { viewport } from "./bench-server.ts";
import { observeLongTasks, openWatchedApp } from "./long-tasks.ts";
import { median } from "./stats.ts";

/**
 * Issue 12's budget for opening a large repository: usable within 1.5× the time bare React
 * Flow takes to draw the same number of nodes, and no main-thread task over 100 ms. The
 * reference is e2e/bench/bare-flow/ (built and served here); Karma is measured the same way:
 * from the call until the frame after the nodes are on screen, measured, with the view still.
 */

const sizes = [1000, 5000];
const runs = 3;
const configFile = fileURLToPath(new URL("./bare-flow/vite.config.ts", import.meta.url));

/** One open: the time to the frame after it is drawn, and the longest task meanwhile. */
interface Open {
  ms: number;
  longestTaskMs: number;
}

const repositories = new Map<number, { files: Record<string, string>; graph: Graph }>();

/** The repository the app benchmarks generate for `components`, and its prod graph. */
function repository(components: number): { files: Record<string, string>; graph: Graph } {
  let found = repositories.get(components);
  if (!found) {
    const files = generateRepository({ components, environments: ["prod"], seed: 7 });
    found = { files, graph: buildGraph(loadWorkspace(files), "prod") };
    repositories.set(components, found);
  }
  return found;
}

/** The same graph in a plain grid, 40 columns, so that no layout is counted. */
function gridOf(graph: Graph): { nodes: BareNode[]; edges: BareEdge[] } {
  return {
    nodes: graph.nodes.map((node, index) => ({
      id: node.id,
      x: (index % 40) * 200,
      y: Math.floor(index / 40) * 80,
    })),
    edges: graph.edges.map((edge) => ({ source: edge.dependency, target: edge.dependent })),
  };
}

/** The longest long task overlapping [from, to] (page time) of `window.longTasks`. */
async function longestTask(page: Page, from: number, to: number): Promise<number> {
  // a long task's entry is delivered after it ends
  await page.waitForTimeout(300);
  return page.evaluate(
    ([from, to]) =>
      Math.max(
        0,
        ...(window as unknown as { longTasks: { start: number; end: number }[] }).longTasks
          .filter((task) => task.end > from && task.start < to)
          .map((task) => task.end - task.start),
      ),
    [from, to] as const,
  );
}

function summary(opens: Open[]): { ms: number; longestTaskMs: number; note: string } {
  return {
    ms: median(opens.map((open) => open.ms)),
    longestTaskMs: median(opens.map((open) => open.longestTaskMs)),
    note: opens.map((open) => Math.round(open.ms)).join(", "),
  };
}

const bareName = (nodes: number) => `bare React Flow draws ${nodes} nodes`;

/** One fresh load of the bare page drawing `components` nodes. */
async function bareOpen(browser: Browser, url: string, components: number): Promise<Open> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => "drawNodes" in window);
    await observeLongTasks(page);
    const grid = gridOf(repository(components).graph);
    const { started, ms } = await page.evaluate(async ({ nodes, edges }) => {
      const started = performance.now();
      return { started, ms: await window.drawNodes(nodes, edges) };
    }, grid);
    const drawn = await page.locator(".react-flow__node").count();
    if (drawn !== grid.nodes.length) {
      throw new Error(`bare React Flow drew ${drawn} of ${grid.nodes.length} nodes`);
    }
    return { ms, longestTaskMs: await longestTask(page, started, started + ms) };
  } finally {
    await context.close();
  }
}

/**
 * Bare React Flow drawing 1,000 and 5,000 nodes (the graphs of the generated repositories, in a
 * grid): median of 3 fresh page loads each. Builds and serves e2e/bench/bare-flow/ meanwhile.
 */
export async function bareFlow(browser: Browser): Promise<Row[]> {
  await build({ configFile, logLevel: "warn" });
  const server = await preview({
    configFile,
    logLevel: "warn",
    preview: { port: 0, strictPort: true },
  });
  const rows: Row[] = [];
  try {
    const { port } = server.httpServer.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/`;
    await bareOpen(browser, url, 100); // warm the server and the browser
    for (const components of sizes) {
      const opens: Open[] = [];
      for (let run = 0; run < runs; run++) opens.push(await bareOpen(browser, url, components));
      const { ms, longestTaskMs, note } = summary(opens);
      rows.push({
        name: bareName(components),
        value: ms,
        budget: null,
        unit: "ms",
        note: `longest task ${Math.round(longestTaskMs)} ms; ${repository(components).graph.nodes.length} graph nodes; median of ${runs}: ${note}`,
      });
    }
  } finally {
    await server.close();
  }
  return rows;
}

/**
 * In the page: the frame after `ready()` holds with the view no longer moving (one frame apart),
 * as window.drawNodes of the bare page waits for it; rejects after a minute.
 */
const frameAfter = `(ready) => new Promise((resolve, reject) => {
  let seen = null;
  const timeout = setTimeout(() => reject(new Error("not drawn within 60 s")), 60000);
  const tick = () => {
    const view = ready()
      ? (document.querySelector(".react-flow__viewport")?.style.transform ?? "")
      : null;
    if (view !== null && view === seen) {
      clearTimeout(timeout);
      return resolve(performance.now());
    }
    seen = view;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/**
 * One fresh load of the app opening the generated repository of `components`: from the call of
 * window.karma.loadFiles until the frame after its nodes are on screen, shown (measured), with
 * the view still: drawn from a sketch while the worker lays them out, or grouped by type above
 * 1,500 components (large-graph/group-layout.ts). The longest task is taken until the open is
 * settled (the worker's layout applied), not only until the graph is usable.
 */
async function karmaOpen(browser: Browser, components: number): Promise<Open> {
  const { files, graph } = repository(components);
  const { context, page } = await openWatchedApp(browser);
  try {
    await page.evaluate(
      ([files, ids]) => {
        Object.assign(window, { benchFiles: files, benchIds: ids });
      },
      [files, graph.nodes.map((node) => node.id)] as const,
    );
    // a string, because tsx would wrap named functions in a helper the page does not have
    const { started, ms, settledMs } = await page.evaluate<{
      started: number;
      ms: number;
      settledMs: number;
    }>(`(async () => {
      const frameAfter = ${frameAfter};
      const ids = new Set(window.benchIds);
      const ready = () => {
        const grouped = document.querySelector(".react-flow__node-type-group") !== null;
        let fresh = 0;
        for (const node of document.querySelectorAll(".react-flow__node")) {
          if (node.style.visibility !== "visible") return false;
          if (ids.has(node.getAttribute("data-id"))) fresh++;
        }
        return grouped || fresh > 0;
      };
      const started = performance.now();
      const loaded = window.karma.loadFiles(window.benchFiles);
      const drawn = await frameAfter(ready);
      await loaded;
      const settled = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      return { started, ms: drawn - started, settledMs: settled - started };
    })()`);
    return { ms, longestTaskMs: await longestTask(page, started, started + settledMs) };
  } finally {
    await context.close();
  }
}

/**
 * Karma opening the same repositories (median of 3 fresh loads each), budgeted at 1.5× the bare
 * figures of `bare` (the rows of bareFlow), and its longest main-thread task meanwhile.
 */
export async function karmaOpens(browser: Browser, bare: Row[]): Promise<Row[]> {
  const rows: Row[] = [];
  const tasks: Row[] = [];
  for (const components of sizes) {
    const reference = bare.find((row) => row.name === bareName(components));
    if (!reference) throw new Error(`no "${bareName(components)}" row to compare with`);
    const opens: Open[] = [];
    for (let run = 0; run < runs; run++) opens.push(await karmaOpen(browser, components));
    const { ms, longestTaskMs, note } = summary(opens);
    rows.push({
      name: `Karma opens ${components} components, usable`,
      value: ms,
      budget: Math.round(1.5 * reference.value),
      unit: "ms",
      note: `${(ms / reference.value).toFixed(2)}× bare React Flow; longest task ${Math.round(longestTaskMs)} ms; median of ${runs}: ${note}`,
    });
    tasks.push({
      name: `longest main-thread task opening ${components} components`,
      value: longestTaskMs,
      budget: 100,
      unit: "ms",
      note: `median of ${runs}: ${opens.map((open) => Math.round(open.longestTaskMs)).join(", ")}`,
    });
  }
  return [...rows, ...tasks];
}
