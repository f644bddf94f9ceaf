import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { axeViolations } from "./support/accessibility-audit.ts";
import { EditorPage } from "./support/editor-page.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import {
  addedByTheRest,
  type ServedGitRepository,
  serveGitRepository,
} from "./support/karma-serve.ts";
import "./support/karma-window.ts";

const vpc = "vpc/core";
const vpcFile = "iac/dev/vpc/core/config.json";

test.describe("under karma serve on a git repository", () => {
  let served: ServedGitRepository;
  test.beforeEach(async () => {
    served = await serveGitRepository();
  });
  test.afterEach(async () => {
    await served.stop();
  });

  /** Opens the served repository and shows the Lineage tab of vpc/core. */
  async function openLineage(
    page: Page,
  ): Promise<{ editor: EditorPage; inspector: InspectorPanel }> {
    const editor = new EditorPage(page);
    const inspector = new InspectorPanel(page);
    await page.goto(served.url);
    await editor.waitForGraph();
    await editor.node(vpc).click();
    await inspector.expectShowing(vpc);
    await inspector.tab("Lineage").click();
    return { editor, inspector };
  }

  test("the Lineage tab lists the commits of vpc/core, newest first, each opening to its field diff", async ({
    page,
  }) => {
    await openLineage(page);
    const history = page.getByTestId("provenance");
    const commits = history.getByRole("list", {
      name: `Commits that changed ${vpc}, newest first`,
    });
    await expect(commits.getByRole("listitem")).toHaveCount(2);
    const [widen, network] = [
      commits.getByRole("listitem").nth(0),
      commits.getByRole("listitem").nth(1),
    ];
    const sha = async (ref: string) => (await served.git("rev-parse", "--short=7", ref)).trim();

    await expect(widen).toContainText("Widen the VPC");
    await expect(widen).toContainText(await sha("HEAD"));
    await expect(widen).toContainText("updated");
    await expect(widen).toContainText("Dana Dev");
    await expect(widen.locator("time")).toHaveText("3 days ago");
    await expect(widen.locator("time")).toHaveAttribute("title", /^\d{4}-\d\d-\d\dT/);
    await expect(network).toContainText("Add the network");
    await expect(network).toContainText(await sha("HEAD~3"));
    await expect(network).toContainText("created");

    // closed until asked: then the fields the commit changed
    const diff = widen.locator(".field-changes");
    await expect(diff).toBeHidden();
    await widen.getByText("Widen the VPC").click();
    await expect(diff).toBeVisible();
    await expect(diff).toContainText("cidr");
    await expect(diff.locator(".field-before")).toHaveText('"10.0.0.0/16"');
    await expect(diff.locator(".field-after")).toHaveText('"10.1.0.0/16"');
  });

  test('compareWith("HEAD~2") plans everything since that commit, leaves the export alone, and null goes back', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await page.goto(served.url);
    await editor.waitForGraph();

    await page.evaluate(() => window.karma.compareWith("HEAD~2"));
    await expect(editor.node(vpc)).toHaveAttribute("data-plan", "update");
    for (const id of addedByTheRest)
      await expect(editor.node(id)).toHaveAttribute("data-plan", "create");
    await expect(editor.node("ecs-service/api")).toHaveAttribute("data-plan", "none");
    await expect(editor.node("ecs-cluster/core")).toHaveAttribute("data-plan", "none");
    const short = (await served.git("rev-parse", "--short=7", "HEAD~2")).trim();
    await expect(page.getByTestId("compare-chip")).toHaveText(`Compared with HEAD~2 (${short})×`);
    const plan = await page.evaluate(() => window.karma.getPlan());
    const changed = plan.actions.filter((action) => action.action !== "no-op");
    expect(changed.map((action) => `${action.action} ${action.component}`).sort()).toEqual(
      [...addedByTheRest.map((id) => `create ${id}`), `update ${vpc}`].sort(),
    );
    expect(await editor.exportFiles()).toEqual({});
    await expect(editor.button("Save")).toBeVisible();

    await editor.button("Plan").click();
    await expect(page.getByRole("heading", { name: `Plan since HEAD~2 (${short})` })).toBeVisible();
    await expect(page.getByTestId("plan-summary")).toContainText("6 to create, 1 to update");

    await page.evaluate(() => window.karma.compareWith(null));
    await expect(editor.node(vpc)).toHaveAttribute("data-plan", "none");
    for (const id of addedByTheRest)
      await expect(editor.node(id)).toHaveAttribute("data-plan", "none");
    await expect(page.getByTestId("compare-chip")).toHaveCount(0);
    await expect(page.getByTestId("plan-summary")).toContainText("0 to create, 0 to update");
    expect(await editor.exportFiles()).toEqual({});
  });

  test("Compare with… takes a typed ref or one of the last commits; the chip goes back", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await page.goto(served.url);
    await editor.waitForGraph();

    await editor.button("Compare with…").click();
    const panel = page.getByRole("dialog", { name: "Compare with a commit" });
    const recent = panel.getByRole("list", { name: "Recent commits in dev" });
    await expect(recent.getByRole("button")).toHaveCount(4);
    await recent.getByRole("button", { name: /Add the network/ }).click();
    await expect(panel).toHaveCount(0);
    const first = (await served.git("rev-parse", "HEAD~3")).trim();
    await expect(page.getByTestId("compare-chip")).toHaveText(
      `Compared with ${first.slice(0, 7)}×`,
    );
    await expect(editor.node("ecs-service/api")).toHaveAttribute("data-plan", "create");
    await expect(editor.node(vpc)).toHaveAttribute("data-plan", "update");
    await expect(editor.node("ecs-cluster/core")).toHaveAttribute("data-plan", "none");

    await editor.button("Compare with…").click();
    await panel.getByLabel("Branch, tag or commit").fill("no-such-branch");
    await panel.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(panel.getByRole("alert")).toContainText("Cannot compare with no-such-branch");
    await panel.getByLabel("Branch, tag or commit").fill("HEAD~1");
    await panel.getByRole("button", { name: "Compare", exact: true }).click();
    const short = (await served.git("rev-parse", "--short=7", "HEAD~1")).trim();
    await expect(page.getByTestId("compare-chip")).toHaveText(`Compared with HEAD~1 (${short})×`);
    await expect(editor.node("ecs-service/api")).toHaveAttribute("data-plan", "none");
    await expect(editor.node(vpc)).toHaveAttribute("data-plan", "update");

    await editor.button("Stop comparing with HEAD~1").click();
    await expect(page.getByTestId("compare-chip")).toHaveCount(0);
    await expect(editor.node(vpc)).toHaveAttribute("data-plan", "none");
  });

  test("after a Save, the offered commit holds exactly the saved file, and the history shows it", async ({
    page,
  }) => {
    const { editor, inspector } = await openLineage(page);
    await inspector.tab("Config").click();
    await inspector.setField("cidr", "10.2.0.0/16");
    await expect.poll(() => editor.exportFiles()).toHaveProperty([vpcFile]);

    await editor.button("Save").click();
    await expect(editor.notice).toContainText("Saved 1 file");
    const dialog = page.getByTestId("commit-dialog");
    await expect(dialog.getByRole("list", { name: "Files to commit" })).toHaveText(vpcFile);
    const message = dialog.getByRole("textbox", { name: "Commit message" });
    await expect(message).toHaveValue("Update vpc/core in dev\n\n- update vpc/core: cidr");
    await message.fill("Widen the VPC once more");
    await dialog.getByRole("button", { name: "Commit", exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(editor.notice).toContainText("Committed");

    expect(await served.git("log", "-1", "--name-only", "--format=%s")).toBe(
      `Widen the VPC once more\n\n${vpcFile}\n`,
    );
    expect(await served.git("status", "--porcelain")).toBe("");
    await inspector.tab("Lineage").click();
    const commits = page.getByTestId("provenance").getByRole("listitem");
    await expect(commits).toHaveCount(3);
    await expect(commits.first()).toContainText("Widen the VPC once more");
  });

  test("a commit made in a terminal shows in the history when the person comes back", async ({
    page,
  }) => {
    await openLineage(page);
    const commits = page.getByTestId("provenance").getByRole("listitem");
    await expect(commits).toHaveCount(2);

    // in a terminal, beside the browser
    await writeFile(join(served.dir, vpcFile), '{\n  "cidr": "10.4.0.0/16"\n}\n');
    await served.git("commit", "-q", "-am", "Widen the VPC from a terminal");
    // the person leaves the page for another tab, and comes back
    const other = await page.context().newPage();
    await other.bringToFront();
    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new FocusEvent("focus")));

    await expect(commits).toHaveCount(3);
    await expect(commits.first()).toContainText("Widen the VPC from a terminal");
  });

  test("with other changes staged, the commit is refused and says which", async ({ page }) => {
    const { editor, inspector } = await openLineage(page);
    await served.git("rm", "-q", "--cached", "iac/dev/s3-bucket/logs/config.json");
    await inspector.tab("Config").click();
    await inspector.setField("cidr", "10.2.0.0/16");
    await editor.button("Save").click();
    const dialog = page.getByTestId("commit-dialog");
    await expect(dialog.getByRole("alert")).toContainText(
      "Other changes are already staged: iac/dev/s3-bucket/logs/config.json",
    );
    await expect(dialog.getByRole("button", { name: "Commit", exact: true })).toBeDisabled();
    await dialog.getByRole("button", { name: "Not now" }).click();
    await expect(dialog).toHaveCount(0);
    expect(await served.git("log", "-1", "--format=%s")).toBe("Widen the VPC\n");
  });

  test("the history, the compare panel and the commit dialog have no axe violations", async ({
    page,
  }) => {
    const { editor, inspector } = await openLineage(page);
    const widen = page.getByTestId("provenance").getByRole("listitem").first();
    await widen.getByText("Widen the VPC").click();
    await expect(widen.locator(".field-changes")).toBeVisible();
    const violations: string[] = [];
    violations.push(...(await axeViolations(page)));

    await editor.button("Compare with…").click();
    await expect(page.getByRole("list", { name: "Recent commits in dev" })).toBeVisible();
    violations.push(...(await axeViolations(page)));
    await page.keyboard.press("Escape");

    await page.evaluate(() => window.karma.compareWith("HEAD~2"));
    await expect(page.getByTestId("compare-chip")).toBeVisible();
    await inspector.tab("Config").click();
    await inspector.setField("cidr", "10.2.0.0/16");
    await editor.button("Save").click();
    await expect(page.getByTestId("commit-dialog")).toBeVisible();
    violations.push(...(await axeViolations(page)));
    expect(violations).toEqual([]);
  });
});

test("opened without karma serve, the history and Compare with… say what they need", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await editor.node("route53-zone/strall-com").click();
  await inspector.tab("Lineage").click();
  await expect(page.getByTestId("provenance")).toContainText(
    "needs the repository opened with karma serve",
  );

  await editor.button("Compare with…").click();
  await expect(page.getByRole("dialog", { name: "Compare with a commit" })).toContainText(
    "open it with karma serve",
  );
  await expect(page.getByLabel("Branch, tag or commit")).toHaveCount(0);
});
