import { expect, type Locator, type Page, test } from "@playwright/test";
import { axeViolations } from "./support/accessibility-audit.ts";
import { EditorPage, type Point } from "./support/editor-page.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import {
  addedByTheRest,
  type ServedGitRepository,
  serveGitRepository,
} from "./support/karma-serve.ts";
import "./support/karma-window.ts";
import { clickVisiblePart } from "./support/click-node.ts";

const vpc = "vpc/core";
const cluster = "ecs-cluster/core";
const api = "ecs-service/api";
// the light theme's --success: what a created thing is drawn in
const created = "rgb(21, 128, 61)";

/** The Timeline as a user sees it: its strip, and the commit's canvas over the document's. */
class TimelinePage {
  readonly strip: Locator;
  readonly canvas: Locator;
  readonly slider: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.strip = page.getByTestId("timeline");
    this.canvas = page.getByTestId("timeline-canvas");
    this.slider = this.strip.getByRole("slider", { name: "Commit" });
    this.banner = page.getByTestId("timeline-banner");
  }

  get toggle(): Locator {
    return this.page.getByRole("toolbar", { name: "Repository" }).getByRole("button", {
      name: "Timeline",
      exact: true,
    });
  }

  button(name: string): Locator {
    return this.strip.getByRole("button", { name, exact: true });
  }

  /** A node of the commit's canvas. */
  node(id: string): Locator {
    return this.canvas.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** The ids of the nodes on the commit's canvas, sorted. */
  async nodeIds(): Promise<string[]> {
    const ids = await this.canvas
      .locator(".react-flow__node")
      .evaluateAll((elements) => elements.map((element) => element.getAttribute("data-id") ?? ""));
    return ids.sort();
  }

  /** The colour an edge of the commit's canvas is drawn in. */
  edgeStroke(dependent: string, dependency: string, key: string): Promise<string> {
    return this.canvas
      .locator(
        `.react-flow__edge[data-id="${dependent}->${dependency}:${key}"] .react-flow__edge-path`,
      )
      .evaluate((path) => getComputedStyle(path).stroke);
  }

  /** Opens the strip with its button and waits for the environment's commits. */
  async open(commits: number): Promise<void> {
    await this.toggle.click();
    await expect(this.strip).toBeVisible();
    await expect(this.slider).toHaveAttribute("max", String(commits));
    await expect(this.slider).toHaveAttribute("aria-valuetext", "Now: the opened files");
  }
}

/** Where a node is drawn, in flow coordinates (its transform). */
function position(node: Locator): Promise<Point> {
  return node.evaluate((element) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { x: Math.round(matrix.m41), y: Math.round(matrix.m42) };
  });
}

test.describe("the timeline under karma serve", () => {
  let served: ServedGitRepository;
  test.beforeEach(async () => {
    served = await serveGitRepository();
  });
  test.afterEach(async () => {
    await served.stop();
  });

  const short = async (ref: string) => (await served.git("rev-parse", "--short=7", ref)).trim();

  test("a commit shows its graph read-only with what it changed; Back to now finds the document as it was", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    const inspector = new InspectorPanel(page);
    const timeline = new TimelinePage(page);
    await page.goto(served.url);
    await editor.waitForGraph();
    // where the user was: vpc/core selected, the view where it is
    await editor.clickNode(vpc);
    await inspector.expectShowing(vpc);
    const document = await page.evaluate(() => JSON.stringify(window.karma.getWorkspace()));
    const vpcNow = await position(editor.node(vpc));
    const clusterNow = await position(editor.node(cluster));

    await timeline.open(4);
    await expect(timeline.slider).toBeFocused();
    await timeline.slider.press("Home");
    await expect(timeline.banner).toContainText(
      `Viewing ${await short("HEAD~3")} — Add the network (read-only)`,
    );
    await expect(timeline.slider).toHaveAttribute(
      "aria-valuetext",
      `${await short("HEAD~3")} Add the network`,
    );
    await expect(timeline.node(cluster)).toHaveAttribute("data-plan", "create");
    await expect(timeline.node(vpc)).toHaveAttribute("data-plan", "create");
    expect(await timeline.nodeIds()).toEqual([cluster, vpc]);
    // each component where it stands now; the reference the commit added in the colour of what is created
    expect(await position(timeline.node(vpc))).toEqual(vpcNow);
    expect(await position(timeline.node(cluster))).toEqual(clusterNow);
    expect(await timeline.edgeStroke(cluster, vpc, "vpc_nickname")).toBe(created);
    // the document's inspector waits, read-only
    await expect(inspector.root).toContainText(`Timeline: read-only at ${await short("HEAD~3")}`);
    await expect(inspector.root.getByRole("textbox")).toHaveCount(0);

    await timeline.button("Next").click();
    await expect(timeline.banner).toContainText("Add the API service");
    await expect(timeline.node(api)).toHaveAttribute("data-plan", "create");
    await expect(timeline.node(vpc)).toHaveAttribute("data-plan", "none");
    await expect(timeline.node(cluster)).toHaveAttribute("data-plan", "none");
    expect(await timeline.nodeIds()).toEqual([cluster, api, vpc]);
    expect(await position(timeline.node(vpc))).toEqual(vpcNow);
    expect(await timeline.edgeStroke(api, vpc, "vpc_nickname")).toBe(created);
    // the node the step brought in grows in
    await expect
      .poll(() => page.getByTestId("timeline-highlight").evaluate((style) => style.textContent))
      .toContain(`.react-flow__node[data-id="${api}"]`);
    expect(await timeline.edgeStroke(cluster, vpc, "vpc_nickname")).not.toBe(created);

    // read-only: Delete on a selected node, a drag, a palette drop and undo change nothing
    await clickVisiblePart(timeline.node(api));
    await expect(timeline.node(api)).toHaveClass(/selected/);
    await page.keyboard.press("Delete");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const apiThen = await position(timeline.node(api));
    const box = (await timeline.node(api).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) {
      await page.mouse.move(box.x + box.width / 2 + step * 10, box.y + box.height / 2 + step * 10);
    }
    await page.mouse.up();
    expect(await position(timeline.node(api))).toEqual(apiThen);
    // dropped where the canvas is free: the middle of its bottom edge
    const pane = timeline.canvas.locator(".react-flow__pane");
    const paneBox = (await pane.boundingBox())!;
    await page.getByTestId("palette-item-s3-bucket").dragTo(pane, {
      targetPosition: { x: paneBox.width / 2, y: paneBox.height - 30 },
    });
    await expect(editor.button("Undo")).toBeDisabled();
    expect(await timeline.nodeIds()).toEqual([cluster, api, vpc]);
    expect(await editor.exportFiles()).toEqual({});

    await timeline.button("Back to now").click();
    await expect(timeline.canvas).toHaveCount(0);
    await expect(timeline.banner).toHaveCount(0);
    await expect(timeline.slider).toHaveAttribute("aria-valuetext", "Now: the opened files");
    expect(await editor.nodeIds()).toEqual([cluster, ...addedByTheRest, api, vpc].sort());
    for (const id of [vpc, cluster, api, ...addedByTheRest]) {
      await expect(editor.node(id)).toHaveAttribute("data-plan", "none");
    }
    expect(await editor.exportFiles()).toEqual({});
    expect(await page.evaluate(() => JSON.stringify(window.karma.getWorkspace()))).toBe(document);
    expect(await position(editor.node(vpc))).toEqual(vpcNow);
    await inspector.expectShowing(vpc);
    await expect(inspector.tab("Config")).toBeVisible();
    await expect(editor.node(vpc)).toHaveClass(/selected/);
  });

  test("the slider steps by keyboard, Escape goes back to now, Play runs to now and Close closes", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    const timeline = new TimelinePage(page);
    await page.goto(served.url);
    await editor.waitForGraph();

    await page.evaluate(() => window.karma.showCommit("HEAD~2"));
    await expect(timeline.strip).toBeVisible();
    await expect(timeline.banner).toContainText(
      `Viewing ${await short("HEAD~2")} — Add the API service`,
    );
    await expect(timeline.slider).toHaveValue("1");

    await timeline.slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(timeline.banner).toContainText("Add the rest");
    for (const id of addedByTheRest) {
      await expect(timeline.node(id)).toHaveAttribute("data-plan", "create");
    }
    await expect(timeline.node(api)).toHaveAttribute("data-plan", "none");
    await page.keyboard.press("ArrowRight");
    await expect(timeline.banner).toContainText("Widen the VPC");
    await expect(timeline.node(vpc)).toHaveAttribute("data-plan", "update");
    await expect(timeline.node("s3-bucket/logs")).toHaveAttribute("data-plan", "none");
    await page.keyboard.press("End");
    await expect(timeline.canvas).toHaveCount(0);
    await expect(timeline.slider).toHaveAttribute("aria-valuetext", "Now: the opened files");

    // Escape from the commit's canvas goes back to now, and the focus to the slider
    await page.keyboard.press("Home");
    await expect(timeline.banner).toContainText("Add the network");
    await clickVisiblePart(timeline.node(vpc));
    await page.keyboard.press("Escape");
    await expect(timeline.canvas).toHaveCount(0);
    await expect(timeline.slider).toBeFocused();
    expect(await editor.exportFiles()).toEqual({});

    // Play: from the oldest commit, each in turn, up to now
    await timeline.button("Play").click();
    await expect(timeline.button("Pause")).toBeVisible();
    await expect(timeline.banner).toContainText("Add the network");
    await expect(timeline.banner).toContainText("Widen the VPC");
    await expect(timeline.button("Play")).toBeVisible();
    await expect(timeline.canvas).toHaveCount(0);
    await expect(timeline.slider).toHaveAttribute("aria-valuetext", "Now: the opened files");

    await timeline.button("Close the timeline").click();
    await expect(timeline.strip).toHaveCount(0);
    await expect(timeline.toggle).toHaveAttribute("aria-expanded", "false");
    await expect(timeline.toggle).toBeFocused();
    expect(await editor.exportFiles()).toEqual({});
  });

  test("a component deleted since is drawn where the timeline placed it, and its deletion as a ghost", async ({
    page,
  }) => {
    const logs = "s3-bucket/logs";
    await served.git("rm", "-q", "iac/dev/s3-bucket/logs/config.json");
    await served.git("commit", "-q", "-m", "Remove the logs bucket");
    const editor = new EditorPage(page);
    const timeline = new TimelinePage(page);
    await page.goto(served.url);
    await editor.waitForGraph();
    await expect(editor.node(logs)).toHaveCount(0);

    await timeline.open(5);
    await page.keyboard.press("ArrowLeft");
    await expect(timeline.banner).toContainText("Remove the logs bucket");
    await expect(timeline.node(logs)).toHaveAttribute("data-plan", "delete");
    await expect(timeline.node("s3-bucket/assets")).toHaveAttribute("data-plan", "none");
    const ghostAt = await position(timeline.node(logs));

    await page.keyboard.press("ArrowLeft");
    await expect(timeline.banner).toContainText("Widen the VPC");
    await expect(timeline.node(logs)).toHaveAttribute("data-plan", "none");
    expect(await position(timeline.node(logs))).toEqual(ghostAt);
    await page.keyboard.press("ArrowLeft");
    await expect(timeline.banner).toContainText("Add the rest");
    await expect(timeline.node(logs)).toHaveAttribute("data-plan", "create");
    expect(await position(timeline.node(logs))).toEqual(ghostAt);
    // placed apart from the components of now
    const assets = await timeline.node("s3-bucket/assets").boundingBox();
    const placed = await timeline.node(logs).boundingBox();
    expect(
      placed!.x + placed!.width <= assets!.x ||
        assets!.x + assets!.width <= placed!.x ||
        placed!.y + placed!.height <= assets!.y ||
        assets!.y + assets!.height <= placed!.y,
    ).toBe(true);
    expect(await editor.exportFiles()).toEqual({});
  });

  test("the timeline, at now and showing a commit, has no axe violations in either theme", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    const timeline = new TimelinePage(page);
    await page.goto(served.url);
    await editor.waitForGraph();
    await timeline.open(4);
    const violations = [...(await axeViolations(page))];
    await timeline.slider.press("Home");
    await expect(timeline.node(vpc)).toHaveAttribute("data-plan", "create");
    violations.push(...(await axeViolations(page)));
    await editor.button("Switch to dark theme").click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    violations.push(...(await axeViolations(page)));
    expect(violations).toEqual([]);
  });
});

test("opened without karma serve, the Timeline button says why it is unavailable", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const timeline = new TimelinePage(page);
  await editor.open();
  await expect(timeline.toggle).toBeDisabled();
  await expect(timeline.toggle).toHaveAccessibleDescription(/open it with karma serve/);
  await expect(timeline.toggle).toHaveAttribute("title", /has no history/);
  // pressed anyway (force: past Playwright's wait for an enabled button), it opens nothing
  await timeline.toggle.click({ force: true });
  await expect(timeline.strip).toHaveCount(0);
  await expect(page.evaluate(() => window.karma.showCommit("HEAD"))).rejects.toThrow(
    /open it with karma serve/,
  );
});
