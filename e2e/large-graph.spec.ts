import { readFileSync } from "node:fs";
import { buildGraph, generateRepository, loadWorkspace } from "@karma/core";
import { expect, type Page, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { coveredBy } from "./support/in-view.ts";
import "./support/karma-window.ts";

// 1,000 components, as the overview of a platform team's environment: a readable whole at
// fit view, and a found component framed with what it is joined to.

test.use({ viewport: { width: 1440, height: 900 } });

const files = generateRepository({ components: 1000, environments: ["prod"], seed: 7 });
// the core's graph of the same files
const graph = buildGraph(loadWorkspace(files), "prod");

/** The editor with the 1,000 components open. */
async function openLarge(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadFiles(files);
  return editor;
}

/** The components an edge joins to `id`. */
function neighboursOf(id: string): string[] {
  const ids = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.dependent === id) ids.add(edge.dependency);
    if (edge.dependency === id) ids.add(edge.dependent);
  }
  ids.delete(id);
  return [...ids];
}

test("opened, the cards on screen are filled in and the edges between them drawn, also once laid out", async ({
  page,
}) => {
  // loadFiles resolves once the worker's layout has replaced the first sketch
  await openLarge(page);
  const cards = page.locator(".react-flow__node-component");
  const shown = new Set(await cards.evaluateAll((nodes) => nodes.map((node) => node.dataset.id)));
  expect(shown.size).toBeGreaterThan(10);
  // a card is drawn whole: its text and both handles
  await expect(cards.locator(".node-nickname")).toHaveCount(shown.size);
  await expect(cards.locator(".react-flow__handle")).toHaveCount(2 * shown.size);
  // an edge with a card on screen is on screen too: React Flow holds its other end, culled or not
  const touching = graph.edges.filter(
    (edge) => shown.has(edge.dependent) || shown.has(edge.dependency),
  );
  expect(touching.length).toBeGreaterThan(10);
  for (const edge of touching) {
    const id = `${edge.dependent}->${edge.dependency}:${edge.key}`;
    await expect(
      page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`),
      id,
    ).toHaveCount(1);
  }
});

test("fit view shows the whole of 1,000 components in a readable shape, drawn simply", async ({
  page,
}) => {
  await openLarge(page);
  await page.getByRole("button", { name: "Fit view" }).click();

  const canvas = page.locator("section.canvas");
  await expect(canvas).toHaveAttribute("data-zoom", "far");
  // everything is in view, so the minimap has nothing to add
  await expect(page.locator(".react-flow__minimap")).toHaveCount(0);
  // far out, a card is a block of its type's colour: its text is not drawn
  const text = page.locator(".react-flow__node-component .node-nickname").first();
  await expect(text).toHaveCSS("visibility", "hidden");
  // every card is in view, so React Flow is handed and draws every one (use-culled-flow.ts)
  await expect(page.locator(".react-flow__node")).toHaveCount(graph.nodes.length);

  // the graph fills the canvas both ways: not a thin strip nor a tall column
  const shape = await page.evaluate(() => {
    const area = document.querySelector(".react-flow")!.getBoundingClientRect();
    let left = Number.POSITIVE_INFINITY;
    let top = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const node of document.querySelectorAll(".react-flow__node")) {
      const box = node.getBoundingClientRect();
      left = Math.min(left, box.left);
      top = Math.min(top, box.top);
      right = Math.max(right, box.right);
      bottom = Math.max(bottom, box.bottom);
    }
    return { width: (right - left) / area.width, height: (bottom - top) / area.height };
  });
  expect(shape.width, "share of the canvas's width").toBeGreaterThan(0.5);
  expect(shape.height, "share of the canvas's height").toBeGreaterThan(0.5);
});

test("Find frames the found component with its direct neighbours, or alone and readable when they are everywhere", async ({
  page,
}) => {
  const editor = await openLarge(page);
  const find = async (id: string) => {
    await page.keyboard.press("Control+k");
    await page.getByRole("combobox", { name: "Find a component" }).fill(id);
    await page.keyboard.press("Enter");
    await expect(editor.node(id)).toHaveAttribute("data-lineage", "self");
  };
  const found = "ecs-service/catalog-stream";
  const neighbours = neighboursOf(found);
  expect(neighbours.length).toBeGreaterThanOrEqual(2);
  await find(found);
  for (const id of [found, ...neighbours]) {
    await expect.poll(() => coveredBy(editor.node(id)), { message: id }).toBeNull();
  }

  // the component with the most neighbours: they are spread over the whole layout, so it is
  // shown alone at a readable zoom, not as a cloud of dots with them
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    for (const id of [edge.dependent, edge.dependency]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const [hub] = [...degree].sort((a, b) => b[1] - a[1])[0]!;
  const canvas = page.locator("section.canvas");
  await find(hub);
  await expect.poll(() => coveredBy(editor.node(hub))).toBeNull();
  await expect(canvas).not.toHaveAttribute("data-zoom", "far");

  // a click on it (the inspector opens beside the canvas) keeps it in view at that zoom
  await page.keyboard.press("Escape");
  await expect(editor.node(hub)).not.toHaveAttribute("data-lineage", "self");
  await editor.clickNode(hub);
  await expect(editor.node(hub)).toHaveAttribute("data-lineage", "self");
  await expect.poll(() => coveredBy(editor.node(hub))).toBeNull();
  await expect(canvas).not.toHaveAttribute("data-zoom", "far");
});

test("a large graph's diagram export and minimap hold every component, also those React Flow does not", async ({
  page,
}) => {
  await openLarge(page);
  // it opens on its top-left corner: most of the graph is off screen, and the minimap shows
  await expect(page.locator(".react-flow__minimap")).toBeVisible();
  const drawn = await page.locator(".react-flow__node").count();
  expect(drawn).toBeLessThan(graph.nodes.length / 2);

  await page.getByRole("button", { name: "Diagram" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export SVG" }).click();
  const svg = readFileSync(await (await downloading).path(), "utf8");
  expect(svg.match(/<g class="node"/g)?.length).toBe(graph.nodes.length);
  expect(svg.match(/<path class="edge"/g)?.length).toBe(graph.edges.length);

  // a drag across the minimap takes the view to the far corner, and the cards there are drawn
  const ids = () =>
    page.locator(".react-flow__node").evaluateAll((nodes) => nodes.map((node) => node.dataset.id));
  const before = new Set(await ids());
  const box = (await page.getByRole("img", { name: "Minimap" }).boundingBox())!;
  await page.mouse.move(box.x + 12, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 8, box.y + box.height - 8, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(async () => (await ids()).filter((id) => !before.has(id)).length)
    .toBeGreaterThan(10);
});
