import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import type { FileMap } from "../json.ts";
import { computePlan } from "../plan/compute-plan.ts";
import { writeFiles } from "../repo/file-map-writes.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { planWorkspaceRepositories } from "./plan-workspace-repositories.ts";
import { validateRepositories } from "./validate-repositories.ts";
import { workspaceGraph } from "./workspace-graph.ts";
import { prefixFiles } from "./workspace-paths.ts";
import { loadRepositories, workspaceIssueFile } from "./workspace-repositories.ts";

const cluster = "iac/dev/ecs-cluster/core/config.json";
const vpc = "iac/dev/vpc/main/config.json";
const zone = "iac/dev/route53-zone/example/config.json";

const app: FileMap = {
  [cluster]: '{\n  "vpc_nickname": "main"\n}\n',
  "account_environments/app-dev.json": JSON.stringify({ name: "app-dev", environment: "dev" }),
};
const network: FileMap = {
  [vpc]: '{\n  "cidr": "10.0.0.0/16"\n}\n',
  [zone]: '{\n  "zone_name": "example.com."\n}\n',
  "iac/prod/vpc/main/config.json": "{",
};
const workspaceFiles = (): FileMap => ({ ...app, ...prefixFiles("network", network) });

describe("loadRepositories", () => {
  it("reads a map without ../ paths as one repository, exactly as loadWorkspace does", () => {
    const files = readFixture();
    const loaded = loadRepositories(files, { first: "aws-config" });
    expect(loaded.repositories).toEqual([{ name: "aws-config", workspace: loaded.workspace }]);
    expect(loaded.workspace.files).toBe(files);
    expect(loaded.workspace).toEqual(loadWorkspace(files));
    expect(loaded.workspace.components.some((component) => "repo" in component)).toBe(false);

    // an edit reloads from the previous load: unchanged components are the same objects
    const [first, second] = loaded.workspace.components;
    const next = writeFiles(files, { [second!.file]: '{"edited": true}\n' });
    const edited = loadRepositories(next, { first: "aws-config", previous: loaded });
    expect(edited.workspace.files).toBe(next);
    expect(edited.workspace.components[0]).toBe(first);
    expect(edited.workspace.components[1]).not.toBe(second);
  });

  it("gives one view of several: files in the map, repo names, environments and issues of all", () => {
    const loaded = loadRepositories(workspaceFiles(), { first: "app" });
    expect(loaded.repositories.map((repository) => repository.name)).toEqual(["app", "network"]);
    expect(loaded.repositories[1]!.workspace.files).toEqual(network);
    const { workspace } = loaded;
    expect(
      workspace.components.map(({ id, env, file, repo }) => ({ id, env, file, repo })),
    ).toEqual([
      { id: "ecs-cluster/core", env: "dev", file: cluster, repo: "app" },
      {
        id: "route53-zone/example",
        env: "dev",
        file: `../network/${zone}`,
        repo: "network",
      },
      { id: "vpc/main", env: "dev", file: `../network/${vpc}`, repo: "network" },
      {
        id: "vpc/main",
        env: "prod",
        file: "../network/iac/prod/vpc/main/config.json",
        repo: "network",
      },
    ]);
    expect(workspace.environments).toEqual(["dev", "prod"]);
    expect(workspace.accountEnvironments.map((account) => account.file)).toEqual([
      "account_environments/app-dev.json",
    ]);
    expect(workspace.readIssues.map((issue) => [issue.code, issue.file])).toEqual([
      ["invalid-json", "../network/iac/prod/vpc/main/config.json"],
    ]);
  });

  it("reloads only the repository an edit wrote to, keeping the others as they were", () => {
    const files = workspaceFiles();
    const loaded = loadRepositories(files, { first: "app" });
    const [appRepository, networkRepository] = loaded.repositories;
    const cidr = `../network/${vpc}`;
    const next = writeFiles(files, { [cidr]: '{\n  "cidr": "10.1.0.0/16"\n}\n' });
    const edited = loadRepositories(next, { first: "app", previous: loaded });
    expect(edited.repositories[0]).toBe(appRepository);
    expect(edited.repositories[1]).not.toBe(networkRepository);
    expect(edited.repositories[1]!.workspace.files[vpc]).toBe(next[cidr]);
    // the zone's component is the one read before, and so is its view
    const zoneOf = (workspace: typeof loaded.workspace) =>
      workspace.components.find((component) => component.id === "route53-zone/example");
    expect(zoneOf(edited.workspace)).toBe(zoneOf(loaded.workspace));
    // the same as reading the edited map from nothing
    expect(edited.workspace).toEqual(loadRepositories({ ...next }, { first: "app" }).workspace);

    // the same map again, read whole: the same repositories, so what is memoised per list holds
    const again = loadRepositories({ ...next }, { first: "app", previous: edited });
    expect(again.repositories).toBe(edited.repositories);
  });

  it("drops a repository whose files are all deleted, and adds one written under ../<name>/", () => {
    const files = workspaceFiles();
    const loaded = loadRepositories(files, { first: "app" });
    const gone = writeFiles(
      files,
      Object.fromEntries(Object.keys(network).map((path) => [`../network/${path}`, null])),
    );
    expect(
      loadRepositories(gone, { first: "app", previous: loaded }).repositories.map((r) => r.name),
    ).toEqual(["app"]);
    const added = writeFiles(files, { "../data/iac/dev/s3-bucket/logs/config.json": "{}" });
    expect(
      loadRepositories(added, { first: "app", previous: loaded }).repositories.map((r) => r.name),
    ).toEqual(["app", "network", "data"]);
  });

  it("names the first repository apart when another has its name", () => {
    const loaded = loadRepositories(workspaceFiles(), { first: "network" });
    expect(loaded.repositories.map((repository) => repository.name)).toEqual([
      "network-1",
      "network",
    ]);
  });
});

describe("workspaceIssueFile", () => {
  it("names a path of the map as issues name it: <repository>/<path> when there are several", () => {
    const { repositories } = loadRepositories(workspaceFiles(), { first: "app" });
    expect(workspaceIssueFile(repositories, cluster)).toBe(`app/${cluster}`);
    expect(workspaceIssueFile(repositories, `../network/${vpc}`)).toBe(`network/${vpc}`);
    const alone = loadRepositories(app, { first: "app" }).repositories;
    expect(workspaceIssueFile(alone, cluster)).toBe(cluster);
  });

  it("is how validateRepositories names the files of its issues", () => {
    const { repositories } = loadRepositories(workspaceFiles(), { first: "app" });
    const files = validateRepositories(repositories).map((issue) => issue.file);
    expect(files).toContain(
      workspaceIssueFile(repositories, "../network/iac/prod/vpc/main/config.json"),
    );
  });
});

describe("workspaceGraph", () => {
  it("draws references across repositories, and keeps the graph when an edit keeps every edge", () => {
    const files = workspaceFiles();
    const loaded = loadRepositories(files, { first: "app" });
    const graph = workspaceGraph(loaded, "dev");
    expect(graph.edges.map((edge) => `${edge.dependent} -> ${edge.dependency}`)).toEqual([
      "ecs-cluster/core -> vpc/main",
    ]);
    expect(graph.nodes.map((node) => [node.id, node.repo, node.external])).toEqual([
      ["ecs-cluster/core", "app", false],
      ["route53-zone/example", "network", false],
      ["vpc/main", "network", false],
    ]);
    const next = writeFiles(files, { [`../network/${vpc}`]: '{"cidr": "10.9.0.0/16"}' });
    const edited = loadRepositories(next, { first: "app", previous: loaded });
    expect(workspaceGraph(edited, "dev")).toBe(graph);
  });
});

describe("planWorkspaceRepositories", () => {
  it("plans the changes of every repository, in waves across them", () => {
    const files = workspaceFiles();
    const baseline = loadRepositories(files, { first: "app" });
    const next = writeFiles(files, {
      [cluster]: '{\n  "vpc_nickname": "main",\n  "cluster_name": "core"\n}\n',
      [`../network/${vpc}`]: '{\n  "cidr": "10.1.0.0/16"\n}\n',
    });
    const desired = loadRepositories(next, { first: "app", previous: baseline });
    const plan = planWorkspaceRepositories(baseline, desired, { env: "dev" });
    expect(
      plan.actions
        .filter((action) => action.action !== "no-op")
        .map((action) => [action.component, action.action, action.file]),
    ).toEqual([
      ["ecs-cluster/core", "update", cluster],
      ["vpc/main", "update", `../network/${vpc}`],
    ]);
    expect(plan.waves.map((wave) => wave.components)).toEqual([["vpc/main"], ["ecs-cluster/core"]]);
  });

  it("refuses to delete a component another repository reads, naming the reader's file", () => {
    const files = workspaceFiles();
    const baseline = loadRepositories(files, { first: "app" });
    const desired = loadRepositories(writeFiles(files, { [`../network/${vpc}`]: null }), {
      first: "app",
      previous: baseline,
    });
    const plan = planWorkspaceRepositories(baseline, desired, { env: "dev" });
    expect(plan.issues.map((issue) => [issue.code, issue.file, issue.path])).toEqual([
      ["missing-reference", `app/${cluster}`, "vpc_nickname"],
    ]);
  });

  it("is computePlan for one repository", () => {
    const files = readFixture();
    const baseline = loadRepositories(files, { first: "aws-config" });
    const [component] = baseline.workspace.components;
    const desired = loadRepositories(writeFiles(files, { [component!.file]: "{}\n" }), {
      first: "aws-config",
      previous: baseline,
    });
    expect(planWorkspaceRepositories(baseline, desired)).toEqual(
      computePlan(baseline.workspace, desired.workspace),
    );
  });
});
