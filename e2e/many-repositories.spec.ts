import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateWorkspace, syntheticRepositoryName } from "@karma/core";
import { expect, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { audit, canvasContrast, summary } from "./support/accessibility-audit.ts";
import { EditorPage } from "./support/editor-page.ts";
import { changedLines, InspectorPanel } from "./support/inspector-panel.ts";
import { serveRepositories } from "./support/karma-serve.ts";
import "./support/karma-window.ts";

// Two repositories in one workspace: the app's (opened) reads a VPC and a zone that a network
// repository defines. One file map holds both, the network's files under ../network/.

const cluster = "iac/dev/ecs-cluster/core/config.json";
const site = "iac/dev/serverless-site/www/config.json";
const vpc = "iac/dev/vpc/main/config.json";
const zone = "iac/dev/route53-zone/example-com/config.json";

const app: Record<string, string> = {
  [cluster]: `{
  "vpc_nickname": "main",
  "cluster_name": "core",
  "enable_container_insights": true,
  "capacity_providers": ["FARGATE", "FARGATE_SPOT"]
}
`,
  [site]: `{
  "site_name": "www.example.com",
  "content_bucket_prefix": "example-com-dev-site",
  "cloudfront_comment": "Static site for www.example.com (dev)",
  "enable_custom_domain": true,
  "domain_aliases": ["www.example.com"],
  "route53_zone_name": "example.com.",
  "tags": {
    "Environment": "dev",
    "Project": "serverless-site"
  }
}
`,
};

const network: Record<string, string> = {
  [vpc]: `{
  "cidr": "10.42.0.0/16",
  "az_count": 2,
  "enable_ssm_endpoints": true,
  "single_nat_gateway": true
}
`,
  [zone]: `{
  "zone_name": "example.com.",
  "comment": "Root hosted zone for example.com",
  "root_records": {
    "MX": ["10 mx1.improvmx.com.", "20 mx2.improvmx.com."],
    "TXT": ["v=spf1 include:improvmx.com ~all"]
  }
}
`,
};

function prefixed(name: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([path, text]) => [`../${name}/${path}`, text]),
  );
}

/** Issues about references: none may remain once the other repository resolves them. */
async function referenceIssues(page: Page) {
  const issues = await page.evaluate(() => window.karma.getIssues());
  return issues.filter((issue) =>
    ["missing-reference", "wrong-reference-type", "ambiguous-reference"].includes(issue.code),
  );
}

test("two repositories open as one workspace: both on the canvas, wired and traced across, each edit exported to its own repository", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  const inspector = new InspectorPanel(page);
  await editor.open();
  await editor.loadFiles({ ...app, ...prefixed("network", network) });

  // every card says its repository; the references into the network repository are edges
  await expect(editor.node("vpc/main")).toHaveAttribute("data-repo", "network");
  await expect(editor.node("route53-zone/example-com")).toHaveAttribute("data-repo", "network");
  await expect(editor.node("ecs-cluster/core")).toHaveAttribute("data-repo", "this repository");
  await expect(editor.node("vpc/main").locator(".repo-badge")).toHaveText("repository network");
  await expect(editor.edge("ecs-cluster/core", "vpc/main", "vpc_nickname")).toHaveCount(1);
  await expect(
    editor.edge("serverless-site/www", "route53-zone/example-com", "route53_zone_name"),
  ).toHaveCount(1);
  await expect(editor.nodes).toHaveCount(4);
  expect(await referenceIssues(page)).toEqual([]);

  // lineage crosses repositories; the Lineage tab names the component's repository and file
  await editor.clickNode("vpc/main");
  await inspector.expectShowing("vpc/main");
  await expect(editor.node("ecs-cluster/core")).toHaveAttribute("data-lineage", "downstream");
  await expect(editor.node("serverless-site/www")).toHaveAttribute("data-lineage", "none");
  await inspector.tab("Lineage").click();
  await expect(inspector.root.getByTestId("lineage-repo")).toHaveText("network");
  await expect(inspector.root.getByTestId("lineage-tab")).toContainText(vpc);
  await inspector.tab("Config").click();

  // one field in each repository: two files, each in its repository, each diff that line
  await inspector.setField("cidr", "10.43.0.0/16");
  await editor.clickNode("ecs-cluster/core");
  await inspector.expectShowing("ecs-cluster/core");
  await inspector.setField("cluster_name", "main");
  await expect
    .poll(async () => Object.keys(await editor.exportFiles()).sort())
    .toEqual([`../network/${vpc}`, cluster]);
  const exported = await editor.exportFiles();
  expect(changedLines(network[vpc]!, exported[`../network/${vpc}`]!)).toEqual([
    [2, '  "cidr": "10.42.0.0/16",', '  "cidr": "10.43.0.0/16",'],
  ]);
  expect(changedLines(app[cluster]!, exported[cluster]!)).toEqual([
    [3, '  "cluster_name": "core",', '  "cluster_name": "main",'],
  ]);

  // the .zip puts each repository under a folder of its name, never ../
  await editor.button("Export").click();
  const dialog = page.getByTestId("export-dialog");
  await expect(dialog).toContainText(`network/${vpc}`);
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download .zip" }).click();
  const zip = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
  expect(Object.keys(zip).sort()).toEqual([`network/${vpc}`, `this repository/${cluster}`]);

  // a rename in the network repository keeps the file there; the app's reference follows
  await editor.clickNode("vpc/main");
  await inspector.expectShowing("vpc/main");
  await inspector.nickname.fill("core");
  await inspector.nickname.press("Enter");
  await expect(editor.node("vpc/core")).toHaveAttribute("data-repo", "network");
  await expect(editor.edge("ecs-cluster/core", "vpc/core", "vpc_nickname")).toHaveCount(1);
  const renamed = await editor.exportFiles();
  expect(Object.keys(renamed).sort()).toEqual([
    "../network/iac/dev/vpc/core/config.json",
    `../network/${vpc}`,
    cluster,
  ]);
  expect(renamed[`../network/${vpc}`]).toBeNull();
  expect(renamed[cluster]).toContain('"vpc_nickname": "core"');
  expect(await referenceIssues(page)).toEqual([]);
});

test("Add repository puts another folder beside the opened one, refuses a name taken, and has no accessibility violations", async ({
  page,
}) => {
  await page.addInitScript(() => {
    // as in Firefox and Safari: the folder input
    delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  });
  const folder = join(mkdtempSync(join(tmpdir(), "karma-add-")), "network");
  for (const [path, text] of Object.entries(network)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }

  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadFiles(app);
  await expect(editor.node("ecs-cluster/core")).not.toHaveAttribute("data-repo");
  await expect(editor.node("vpc/main")).toHaveClass(/react-flow__node-external/);

  const addFolder = async () => {
    await editor.button("Open").click();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("menuitem", { name: /Add repository: folder/ }).click();
    await (await chooser).setFiles(folder);
  };
  await addFolder();
  await expect(editor.notice).toContainText("Added network");
  await expect(editor.node("vpc/main")).toHaveAttribute("data-repo", "network");
  await expect(editor.node("ecs-cluster/core")).toHaveAttribute("data-repo", "this repository");
  await expect(editor.edge("ecs-cluster/core", "vpc/main", "vpc_nickname")).toHaveCount(1);
  // added, not edited: nothing to export, nothing to undo
  expect(await editor.exportFiles()).toEqual({});
  await expect(editor.button("Undo")).toBeDisabled();
  expect(await referenceIssues(page)).toEqual([]);

  await addFolder();
  await expect(editor.notice).toContainText("already in the workspace");

  // the menu by keyboard, and the canvas with repository badges, pass axe
  await editor.button("Open").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menu")).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: /Add repository: folder/ })).toBeFocused();
  const findings = [...(await audit(page, "open menu with Add repository"))];
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  findings.push(...(await audit(page, "two repositories")));
  findings.push(...(await canvasContrast(page, "two repositories")));
  expect(findings, summary(findings)).toEqual([]);
});

test("under karma serve --with, an edit in each repository is saved to its own folder, and nowhere else", async ({
  page,
}) => {
  const served = await serveRepositories({ app, network });
  try {
    const editor = new EditorPage(page);
    const inspector = new InspectorPanel(page);
    await page.goto(served.url);
    await editor.waitForGraph();
    await expect(editor.button("Save")).toBeVisible();
    await expect(editor.node("vpc/main")).toHaveAttribute("data-repo", "network");
    await expect(editor.node("ecs-cluster/core")).toHaveAttribute("data-repo", "app");
    await expect(editor.edge("ecs-cluster/core", "vpc/main", "vpc_nickname")).toHaveCount(1);
    expect(await referenceIssues(page)).toEqual([]);

    await editor.node("vpc/main").click();
    await inspector.expectShowing("vpc/main");
    await inspector.setField("cidr", "10.43.0.0/16");
    await editor.node("ecs-cluster/core").click();
    await inspector.expectShowing("ecs-cluster/core");
    await inspector.setField("cluster_name", "main");
    await expect
      .poll(async () => Object.keys(await editor.exportFiles()).sort())
      .toEqual([`../network/${vpc}`, cluster]);

    await editor.button("Save").click();
    await expect(editor.notice).toContainText("Saved 2 files");
    const read = (name: string, path: string) =>
      readFileSync(join(served.dirs[name]!, path), "utf8");
    expect(read("network", vpc)).toBe(network[vpc]!.replace("10.42.0.0/16", "10.43.0.0/16"));
    expect(read("app", cluster)).toBe(
      app[cluster]!.replace('"cluster_name": "core"', '"cluster_name": "main"'),
    );
    // each file in its own repository only, the untouched ones as they were
    expect(existsSync(join(served.dirs.app!, vpc))).toBe(false);
    expect(existsSync(join(served.dirs.network!, cluster))).toBe(false);
    expect(read("app", site)).toBe(app[site]!);
    expect(read("network", zone)).toBe(network[zone]!);
    expect(await editor.exportFiles()).toEqual({});
  } finally {
    await served.stop();
  }
});

test("a large workspace of repositories opens grouped by repository, and a group opens to its cards", async ({
  page,
}) => {
  // 12 repositories of 160 components in one environment: past the 1,500 grouping threshold
  const files = generateWorkspace({
    repositories: 12,
    componentsEach: 160,
    environments: ["prod"],
    seed: 5,
  });
  const editor = new EditorPage(page);
  await editor.open();
  await editor.loadFiles(files);

  // one group per repository (the first, loaded by a script, is "this repository"), no type groups
  const groups = page.locator(".react-flow__node-type-group");
  await expect(groups).toHaveCount(12);
  await expect(page.locator(".react-flow__node-type-group[data-group]")).toHaveCount(0);
  await expect(page.locator(".react-flow__node-component")).toHaveCount(0);
  const name = syntheticRepositoryName(3);
  const group = page.locator(`.react-flow__node[data-id="group:repo:${name}"]`);
  await expect(group).toHaveAttribute("data-group-repo", name);
  // its 160 components, and the external nodes its references name that no repository has
  await expect(group).toContainText(/repository · 1[6-9]\d components/);
  await expect(
    page.locator('.react-flow__node[data-id="group:repo:this repository"]'),
  ).toContainText(/1[6-9]\d components/);
  // references across repositories are counted between their groups
  await expect(page.locator(".react-flow__edge.group-edge").first()).toBeAttached();

  await group.getByRole("button", { name: `Expand repository ${name}` }).click();
  const cards = page.locator(".react-flow__node-component");
  await expect(cards.first()).toBeVisible();
  // every card drawn is one of that repository's, badged with it
  const repos = await cards.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-repo")));
  expect(repos.length).toBeGreaterThan(0);
  expect(new Set(repos)).toEqual(new Set([name]));
});
