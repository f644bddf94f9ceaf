import { type FileMap, referenceSlots } from "@karma/core";
import { describe, expect, it } from "vitest";
import { connectCommand } from "../commands/connect-components.ts";
import { deleteCommand } from "../commands/delete-components.ts";
import { disconnectCommand } from "../commands/disconnect-components.ts";
import { duplicateCommand } from "../commands/duplicate-components.ts";
import { renameCommand } from "../commands/rename-component.ts";
import { runCommand } from "../commands/run-command.ts";
import { setConfigTextCommand } from "../commands/set-config-text.ts";
import { setFieldCommand } from "../commands/set-field.ts";
import { componentOf } from "../model/component-of.ts";
import { createEditorStore } from "./create-editor-store.ts";
import {
  selectChangedFiles,
  selectEditPlan,
  selectExportCheck,
  selectGraph,
  selectIssues,
  selectNodeViews,
  selectWorkspace,
} from "./selectors.ts";

// A workspace of two repositories in one file map: the app (opened) and ../network/.

const cluster = "iac/dev/ecs-cluster/core/config.json";
const vpc = "../network/iac/dev/vpc/main/config.json";

function workspaceFiles(): FileMap {
  return {
    [cluster]: '{\n  "vpc_nickname": "main",\n  "cluster_name": "core"\n}\n',
    [vpc]: '{\n  "cidr": "10.0.0.0/16",\n  "az_count": 2\n}\n',
    "../network/iac/dev/vpc/spare/config.json": '{\n  "cidr": "10.1.0.0/16"\n}\n',
  };
}

function opened(files = workspaceFiles()) {
  const store = createEditorStore();
  store.getState().open(files, { kind: "folder", name: "app" });
  return store;
}

describe("a workspace of several repositories", () => {
  it("shows every repository's components with their repository, and the edge across them", () => {
    const store = opened();
    const state = store.getState();
    expect(state.env).toBe("dev");
    const graph = selectGraph(state);
    expect(graph.edges.map((edge) => [edge.dependent, edge.dependency])).toEqual([
      ["ecs-cluster/core", "vpc/main"],
    ]);
    const views = selectNodeViews(state);
    expect(views.get("ecs-cluster/core")?.repo).toBe("app");
    expect(views.get("vpc/main")?.repo).toBe("network");
    expect(selectIssues(state).filter((issue) => issue.code === "missing-reference")).toEqual([]);
    expect(selectChangedFiles(state)).toEqual({});
  });

  it("gives the same results for the same state (a new one each call would redraw forever)", () => {
    const state = opened().getState();
    for (const select of [
      selectIssues,
      selectEditPlan,
      selectGraph,
      selectNodeViews,
      selectExportCheck,
      selectWorkspace,
    ] as ((s: typeof state) => unknown)[]) {
      expect(select(state)).toBe(select(state));
    }
  });

  it("keeps one repository exactly as before: no repository on cards or components", () => {
    const store = opened({ [cluster]: workspaceFiles()[cluster]! });
    expect(selectNodeViews(store.getState()).get("ecs-cluster/core")?.repo).toBeNull();
    expect(selectWorkspace(store.getState()).components[0]!.repo).toBeUndefined();
  });

  it("edits a field of each repository in its own file, each diff that field's line", () => {
    const store = opened();
    runCommand(store, setFieldCommand, {
      env: "dev",
      id: "vpc/main",
      path: ["az_count"],
      value: 3,
    });
    runCommand(store, setFieldCommand, {
      env: "dev",
      id: "ecs-cluster/core",
      path: ["cluster_name"],
      value: "main",
    });
    const changes = selectChangedFiles(store.getState());
    expect(changes).toEqual({
      [cluster]: '{\n  "vpc_nickname": "main",\n  "cluster_name": "main"\n}\n',
      [vpc]: '{\n  "cidr": "10.0.0.0/16",\n  "az_count": 3\n}\n',
    });
    const plan = selectEditPlan(store.getState());
    expect(
      plan.actions.filter((a) => a.action === "update").map((a) => [a.component, a.file]),
    ).toEqual([
      ["ecs-cluster/core", cluster],
      ["vpc/main", vpc],
    ]);
    expect(selectExportCheck(store.getState()).blocking).toEqual([]);

    runCommand(store, setConfigTextCommand, { env: "dev", id: "vpc/main", text: "{}\n" });
    expect(selectChangedFiles(store.getState())[vpc]).toBe("{}\n");
  });

  it("refuses an export that breaks a file of another repository, named by its repository", () => {
    const store = opened();
    runCommand(store, setConfigTextCommand, { env: "dev", id: "vpc/main", text: "{" });
    const { blocking } = selectExportCheck(store.getState());
    expect(blocking.map((issue) => [issue.code, issue.file])).toEqual([
      ["invalid-json", "network/iac/dev/vpc/main/config.json"],
    ]);
  });

  it("renames in the component's repository; references in the others follow", () => {
    const store = opened();
    store.getState().select("vpc/main");
    expect(runCommand(store, renameCommand, { id: "vpc/main", nickname: "core" })).toEqual({
      ok: true,
      changed: true,
    });
    const changes = selectChangedFiles(store.getState());
    expect(Object.keys(changes)).toEqual(["../network/iac/dev/vpc/core/config.json", vpc, cluster]);
    expect(changes[cluster]).toContain('"vpc_nickname": "core"');
    expect(store.getState().selection).toBe("vpc/core");
    // a name another repository has is refused: the component would be defined twice
    const taken = runCommand(store, renameCommand, { id: "ecs-cluster/core", nickname: "core" });
    expect(taken.ok).toBe(true);
    store.getState().undo();
    expect(
      runCommand(store, renameCommand, { id: "vpc/core", nickname: "spare" }, { quiet: true }),
    ).toEqual({
      ok: false,
      error: "vpc/spare already exists in dev (../network/iac/dev/vpc/spare/config.json)",
    });
  });

  it("deletes, duplicates and wires components of another repository in their own files", () => {
    const store = opened();
    runCommand(store, duplicateCommand, { ids: ["vpc/spare"] });
    expect(Object.keys(selectChangedFiles(store.getState()))).toContain(
      "../network/iac/dev/vpc/spare-1/config.json",
    );
    runCommand(store, deleteCommand, { ids: ["vpc/spare", "vpc/spare-1"] });
    // the copy's position went into the workspace's layout (the opened repository's)
    expect(Object.keys(selectChangedFiles(store.getState()))).toEqual([
      "../network/iac/dev/vpc/spare/config.json",
      ".karma/layout/dev.json",
    ]);

    const edge = selectGraph(store.getState()).edges[0]!;
    runCommand(store, disconnectCommand, { edges: [edge] });
    expect(selectChangedFiles(store.getState())[cluster]).not.toContain("vpc_nickname");
    const workspace = selectWorkspace(store.getState());
    const from = componentOf(workspace, "dev", "ecs-cluster/core")!;
    const to = componentOf(workspace, "dev", "vpc/main")!;
    const slots = referenceSlots(workspace.catalog, from, to);
    if (!slots.ok) throw new Error(slots.reason);
    runCommand(store, connectCommand, {
      dependent: "ecs-cluster/core",
      provider: "vpc/main",
      slot: slots.slots[0]!,
    });
    // the reference is written into the dependent's repository, the opened one
    expect(selectChangedFiles(store.getState())[cluster]).toContain('"vpc_nickname": "main"');
    expect(selectGraph(store.getState()).edges).toHaveLength(1);
  });
});
