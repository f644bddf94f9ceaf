import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectChangedFiles, selectGraph, selectRepositories } from "../store/selectors.ts";
import { addRepository } from "./add-repository.ts";

const cluster = "iac/dev/ecs-cluster/core/config.json";
const vpc = "iac/dev/vpc/main/config.json";

function openedApp() {
  const store = createEditorStore();
  store
    .getState()
    .open({ [cluster]: '{"vpc_nickname": "main"}\n' }, { kind: "folder", name: "app" });
  return store;
}

const network = async () => ({
  files: { [vpc]: "{}\n" },
  notRead: [
    { path: "iac/dev/vpc/big/config.json", severity: "error" as const, message: "too large" },
  ],
});

describe("Add repository", () => {
  it("adds another repository to the document and its baseline, under ../<name>/", async () => {
    const store = openedApp();
    expect(await addRepository(store, "network", network)).toBe(true);
    const state = store.getState();
    expect(state.files[`../network/${vpc}`]).toBe("{}\n");
    expect(state.baseline[`../network/${vpc}`]).toBe("{}\n");
    expect(selectChangedFiles(state)).toEqual({});
    expect(state.past).toEqual([]);
    expect(state.source?.notRead?.map((entry) => entry.path)).toEqual([
      "../network/iac/dev/vpc/big/config.json",
    ]);
    expect(selectRepositories(state).repositories.map((r) => r.name)).toEqual(["app", "network"]);
    expect(selectGraph(state).edges.map((edge) => edge.dependency)).toEqual(["vpc/main"]);
    expect(state.notice?.title).toMatch(/^Added network/);
  });

  it("refuses a name the workspace already has, the opened repository's included", async () => {
    const store = openedApp();
    expect(await addRepository(store, "app", network)).toBe(false);
    expect(store.getState().notice?.lines?.[0]).toMatch(/name of the opened repository/);
    await addRepository(store, "network", network);
    const files = store.getState().files;
    expect(await addRepository(store, "network", network)).toBe(false);
    expect(store.getState().notice?.lines?.[0]).toMatch(/already in the workspace/);
    expect(store.getState().files).toBe(files);
  });

  it("is refused under karma serve, whose Save writes only the repositories it serves", async () => {
    const store = createEditorStore();
    store.getState().open({ [cluster]: "{}\n" }, { kind: "served", name: "app", root: "/w/app" });
    expect(await addRepository(store, "network", network)).toBe(false);
    expect(store.getState().notice?.lines?.[0]).toMatch(/--with/);
  });

  it("refuses a folder without Karma config", async () => {
    const store = openedApp();
    const empty = async () => ({ files: { "README.md": "" }, notRead: [] });
    expect(await addRepository(store, "docs", empty)).toBe(false);
    expect(store.getState().notice?.title).toMatch(/No Karma config found in docs/);
  });
});
