import { expect, type Page, test } from "@playwright/test";
import { emptyDev } from "./support/canvas-gestures.ts";
import { EditorPage, type Point } from "./support/editor-page.ts";
import { readSampleFile } from "./support/fixtures.ts";
import "./support/karma-window.ts";

const zone = "route53-zone/usekarma-dev";
/** The sample's edges: seven references, each drawn once. */
const edgeCount = 7;

/** Waits until every edge (of the laid-out sample, by default) follows the layout's route. */
async function waitForRoutes(page: Page, count = edgeCount): Promise<void> {
  await expect(page.locator(".react-flow__edge")).toHaveCount(count);
  await expect(page.locator('.react-flow__edge-path[data-route="layout"]')).toHaveCount(count);
}

/**
 * Each edge that runs behind a card it does not connect, as seen on screen: points every 3px
 * along the drawn path against the cards' boxes (a pixel in from their sides).
 */
function edgesBehindCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll(".react-flow__node")].map((node) => ({
      id: node.getAttribute("data-id") ?? "",
      box: node.getBoundingClientRect(),
    }));
    const found: string[] = [];
    for (const edge of document.querySelectorAll(".react-flow__edge")) {
      const id = edge.getAttribute("data-id") ?? "";
      // `<dependent>-><dependency>:<key>`
      const [dependent = "", rest = ""] = id.split("->");
      const ends = new Set([dependent, rest.slice(0, rest.lastIndexOf(":"))]);
      const path = edge.querySelector<SVGPathElement>("path.react-flow__edge-path")!;
      const screen = path.getScreenCTM()!;
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 3) {
        const point = path.getPointAtLength(at).matrixTransform(screen);
        const behind = cards.find(
          ({ id: card, box }) =>
            !ends.has(card) &&
            point.x > box.left + 1 &&
            point.x < box.right - 1 &&
            point.y > box.top + 1 &&
            point.y < box.bottom - 1,
        );
        if (behind) {
          found.push(`${id} behind ${behind.id}`);
          break;
        }
      }
    }
    return found;
  });
}

/** An edge's drawn path: its `d`, whether it follows its route, and points along it on screen. */
function edgeOnScreen(page: Page, id: string) {
  return page.evaluate((edgeId) => {
    const path = document.querySelector<SVGPathElement>(
      `.react-flow__edge[data-id="${edgeId}"] path.react-flow__edge-path`,
    )!;
    const screen = path.getScreenCTM()!;
    const length = path.getTotalLength();
    return {
      d: path.getAttribute("d") ?? "",
      routed: path.getAttribute("data-route") === "layout",
      points: Array.from({ length: 41 }, (_, index) => {
        const point = path.getPointAtLength((length * index) / 40).matrixTransform(screen);
        return { x: point.x, y: point.y };
      }),
    };
  }, id);
}

/** Where a handle's dot is on screen: its centre. */
async function handleCentre(page: Page, node: string, kind: "source" | "target"): Promise<Point> {
  const box = await page
    .locator(`.react-flow__node[data-id="${node}"] .react-flow__handle.${kind}`)
    .boundingBox();
  if (!box) throw new Error(`${node} has no ${kind} handle on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const near = (a: Point, b: Point, within: number) => Math.hypot(a.x - b.x, a.y - b.y) <= within;

/**
 * Which is drawn on top where an edge runs under a card (well inside it): the edge or the card,
 * by their order under that point; null where the edge does not cross the card.
 */
function onTop(page: Page, edge: string, card: string) {
  return page.evaluate(
    ({ edge, card }) => {
      const path = document.querySelector<SVGPathElement>(
        `.react-flow__edge[data-id="${edge}"] path.react-flow__edge-path`,
      )!;
      const box = document
        .querySelector(`.react-flow__node[data-id="${card}"]`)!
        .getBoundingClientRect();
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const point = path.getPointAtLength(at).matrixTransform(path.getScreenCTM()!);
        const inside =
          point.x > box.left + 20 &&
          point.x < box.right - 20 &&
          point.y > box.top + 10 &&
          point.y < box.bottom - 10;
        if (!inside) continue;
        const stack = document.elementsFromPoint(point.x, point.y);
        const edgeAt = stack.findIndex((element) =>
          element.closest(`.react-flow__edge[data-id="${edge}"]`),
        );
        const cardAt = stack.findIndex((element) =>
          element.closest(`.react-flow__node[data-id="${card}"]`),
        );
        if (edgeAt >= 0 && cardAt >= 0) return edgeAt < cardAt ? "edge" : "card";
      }
      return null;
    },
    { edge, card },
  );
}

test("the laid-out sample's edges run between the cards, behind none of them", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await waitForRoutes(page);
  expect(await edgesBehindCards(page)).toEqual([]);

  // a drag puts a card elsewhere; Auto layout lays out and routes again, from the measured cards
  const site = "serverless-site/strall-com";
  const before = await editor.position(site);
  await editor.drag(site, 0, 160);
  await expect.poll(() => editor.position(site)).not.toEqual(before);
  const dragged = await editor.position(site);
  await expect(page.locator('.react-flow__edge-path[data-route="layout"]')).toHaveCount(
    edgeCount - 1,
  );
  await editor.button("Auto layout").click();
  await expect.poll(() => editor.position(site)).not.toEqual(dragged);
  await waitForRoutes(page);
  expect(await edgesBehindCards(page)).toEqual([]);
});

test("in a graph of three columns, an edge that skips the middle one runs between its cards", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  // a vpc, clusters in it, services on the clusters that read the vpc too: a curve from the vpc
  // to a service would cross the clusters' column, behind a cluster's card
  const clusters = ["a", "b", "c"];
  const files: Record<string, string> = {
    [emptyDev]: readSampleFile(emptyDev),
    "iac/dev/vpc/main/config.json": "{}\n",
  };
  for (const cluster of clusters) {
    files[`iac/dev/ecs-cluster/${cluster}/config.json`] = '{ "vpc_nickname": "main" }\n';
  }
  for (let service = 1; service <= 8; service++) {
    files[`iac/dev/ecs-service/s${service}/config.json`] =
      `${JSON.stringify({ cluster_nickname: clusters[service % 3], vpc_nickname: "main" })}\n`;
  }
  await editor.loadFiles(files);
  await expect(editor.nodes).toHaveCount(12);
  await waitForRoutes(page, 3 + 8 * 2);
  expect(await edgesBehindCards(page)).toEqual([]);
});

test("a dragged component's edges leave their routes and still meet its handles", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await waitForRoutes(page);
  const elsewhere = "serverless-site/strall-com->route53-zone/strall-com:route53_zone_name";
  const untouched = await edgeOnScreen(page, elsewhere);

  // to the left of everything, a little down: its dependents stay on its right
  await editor.drag(zone, -180, 40);
  await page.keyboard.press("Escape");
  const dependents = [
    "serverless-api/demo-api",
    "serverless-api/karma-api",
    "serverless-site/adage-usekarma-dev",
    "serverless-site/usekarma-dev",
  ];
  for (const dependent of dependents) {
    const id = `${dependent}->${zone}:route53_zone_name`;
    await expect.poll(async () => (await edgeOnScreen(page, id)).routed).toBe(false);
    const drawn = await edgeOnScreen(page, id);
    const start = drawn.points[0]!;
    const end = drawn.points.at(-1)!;
    // from the zone's dot to the dependent's dot (each end is on the dot's outer side)
    expect(near(start, await handleCentre(page, zone, "source"), 8), id).toBe(true);
    expect(near(end, await handleCentre(page, dependent, "target"), 8), id).toBe(true);
    // a curve between the two, with none of the old route's bends left behind
    for (const point of drawn.points) {
      expect(point.x, id).toBeGreaterThanOrEqual(Math.min(start.x, end.x) - 2);
      expect(point.x, id).toBeLessThanOrEqual(Math.max(start.x, end.x) + 2);
      expect(point.y, id).toBeGreaterThanOrEqual(Math.min(start.y, end.y) - 2);
      expect(point.y, id).toBeLessThanOrEqual(Math.max(start.y, end.y) + 2);
    }
  }
  // an edge between components that did not move keeps its route
  const kept = await edgeOnScreen(page, elsewhere);
  expect(kept.routed).toBe(true);
  expect(kept.d).toBe(untouched.d);
});

test("a highlighted edge is drawn above a card that lies over it", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await waitForRoutes(page);
  const edge = `serverless-api/karma-api->${zone}:route53_zone_name`;
  // a component off the zone's lineage, put down over the middle of that edge
  const card = "lambda/demo-api";
  const middle = await page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(
      `.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`,
    )!;
    const point = path
      .getPointAtLength(path.getTotalLength() / 2)
      .matrixTransform(path.getScreenCTM()!);
    return { x: point.x, y: point.y };
  }, edge);
  const box = (await editor.node(card).boundingBox())!;
  await editor.drag(card, middle.x - (box.x + box.width / 2), middle.y - (box.y + box.height / 2));
  await page.keyboard.press("Escape");

  // the edge runs under the card, which hides it
  await expect.poll(() => onTop(page, edge, card)).toBe("card");

  // selecting the zone highlights its lineage: that edge comes up above the card
  await editor.node(zone).click();
  await expect(editor.edge("serverless-api/karma-api", zone, "route53_zone_name")).toHaveAttribute(
    "data-lineage",
    "downstream",
  );
  await expect(editor.node(card)).toHaveAttribute("data-lineage", "none");
  await expect.poll(() => onTop(page, edge, card)).toBe("edge");

  await page.keyboard.press("Escape");
  await expect.poll(() => onTop(page, edge, card)).toBe("card");
});
