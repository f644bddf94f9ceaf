import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectChangedFiles } from "../store/selectors.ts";
import { renameShown } from "./rename-component.ts";
import { repositoryWithVpc } from "./test-repository.ts";

function openWithVpc() {
  const store = createEditorStore();
  store.getState().open(repositoryWithVpc(), { kind: "files", name: "test" });
  store.getState().select("vpc/main");
  return store;
}

describe("renameShown", () => {
  it("moves the file, rewrites the references and the layout key, and follows with the selection", () => {
    const store = openWithVpc();
    expect(renameShown(store, "vpc/main", "core")).toBeNull();
    const state = store.getState();
    expect(state.selection).toBe("vpc/core");
    expect(state.past.map((step) => step.label)).toEqual(["Rename vpc/main to vpc/core"]);
    const changes = selectChangedFiles(state);
    expect(Object.keys(changes)).toEqual([
      ".karma/layout/prod.json",
      "iac/prod/ecs-cluster/core/config.json",
      "iac/prod/vpc/core/config.json",
      "iac/prod/vpc/main/config.json",
    ]);
    expect(changes["iac/prod/vpc/main/config.json"]).toBeNull();
    expect(changes["iac/prod/ecs-cluster/core/config.json"]).toContain('"vpc_nickname": "core"');
    expect(JSON.parse(changes[".karma/layout/prod.json"]!)).toEqual({
      "ecs-cluster/core": { x: 0, y: 200 },
      "vpc/core": { x: 0, y: 0 },
    });
    state.undo();
    expect(selectChangedFiles(store.getState())).toEqual({});
  });

  it("refuses an invalid or taken nickname without editing", () => {
    const store = openWithVpc();
    expect(renameShown(store, "vpc/main", "Main!")).toMatch(/nickname/);
    store
      .getState()
      .open(
        { ...repositoryWithVpc(), "iac/prod/vpc/other/config.json": "{}\n" },
        { kind: "files", name: "test" },
      );
    expect(renameShown(store, "vpc/main", "other")).toMatch(/already exists/);
    expect(store.getState().past).toEqual([]);
  });
});
