import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectChangedFiles, selectGraph } from "../store/selectors.ts";
import { confirmDelete, dependentsOf, requestDelete } from "./delete-components.ts";
import { repositoryWithVpc } from "./test-repository.ts";

function openWithVpc() {
  const store = createEditorStore();
  store.getState().open(repositoryWithVpc(), { kind: "files", name: "test" });
  return store;
}

describe("deleting components", () => {
  it("lists the components that reference what is deleted", () => {
    const graph = selectGraph(openWithVpc().getState());
    expect(dependentsOf(graph, ["vpc/main"])).toEqual(["ecs-cluster/core"]);
    expect(dependentsOf(graph, ["vpc/main", "ecs-cluster/core"])).toEqual([]);
    expect(dependentsOf(graph, ["route53-zone/usekarma-dev"])).toEqual([
      "serverless-api/demo-api",
      "serverless-api/karma-api",
      "serverless-site/adage-usekarma-dev",
      "serverless-site/usekarma-dev",
    ]);
  });

  it("asks first, then deletes files and layout entries as one undo step", () => {
    const store = openWithVpc();
    store.getState().select("vpc/main");
    requestDelete(store, ["vpc/main", "ecs-cluster/core", "openapi/demo-api"]);
    expect(store.getState().deleteRequest).toEqual(["ecs-cluster/core", "vpc/main"]);
    expect(selectChangedFiles(store.getState())).toEqual({});

    expect(confirmDelete(store)).toBeNull();
    const state = store.getState();
    expect(state.deleteRequest).toBeNull();
    expect(state.selection).toBeNull();
    expect(state.past.map((step) => step.label)).toEqual(["Delete 2 components"]);
    expect(selectChangedFiles(state)).toEqual({
      ".karma/layout/prod.json": "{}\n",
      "iac/prod/ecs-cluster/core/config.json": null,
      "iac/prod/vpc/main/config.json": null,
    });
    state.undo();
    expect(selectChangedFiles(store.getState())).toEqual({});
  });

  it("asks nothing for external nodes only", () => {
    const store = openWithVpc();
    requestDelete(store, ["openapi/demo-api"]);
    expect(store.getState().deleteRequest).toBeNull();
  });
});
