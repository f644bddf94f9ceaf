import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectNodeViews } from "../store/selectors.ts";
import { selectAddedEdges } from "./timeline-selectors.ts";
import { keepPlaces, showInView } from "./timeline-view.ts";

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
const account = {
  "account_environments/acme-dev.json": json({ name: "acme-dev", environment: "dev" }),
};
const network = {
  ...account,
  "iac/dev/vpc/core/config.json": json({ cidr: "10.0.0.0/16" }),
  "iac/dev/ecs-cluster/core/config.json": json({ vpc_nickname: "core" }),
};
const service = {
  ...network,
  "iac/dev/ecs-service/api/config.json": json({ cluster_nickname: "core", vpc_nickname: "core" }),
};

/** The document: the service's commit and a bucket since, laid out by hand. */
function documentStore() {
  const store = createEditorStore();
  store.getState().open(
    {
      ...service,
      "iac/dev/s3-bucket/logs/config.json": json({ bucket_name: "logs" }),
      ".karma/layout/dev.json": json({
        "ecs-cluster/core": { x: 300, y: 0 },
        "ecs-service/api": { x: 600, y: 0 },
        "s3-bucket/logs": { x: 0, y: 200 },
        "vpc/core": { x: 0, y: 0 },
      }),
    },
    { kind: "files", name: "acme" },
  );
  return store;
}

const plans = (view: ReturnType<typeof createEditorStore>) =>
  Object.fromEntries(
    [...selectNodeViews(view.getState()).values()].map((node) => [node.id, node.plan]),
  );

describe("showInView", () => {
  it("marks what the commit created, changed and deleted, against its parent", () => {
    const main = documentStore();
    const view = createEditorStore();
    const commit = { sha: "a".repeat(40), subject: "Add the API service" };
    showInView(view, main.getState(), { commit, files: service, parent: network });
    expect(view.getState().shownCommit).toEqual(commit);
    expect(plans(view)).toEqual({
      "ecs-cluster/core": "none",
      "ecs-service/api": "create",
      "vpc/core": "none",
    });
    expect(selectAddedEdges(view.getState())).toEqual([
      "ecs-service/api->ecs-cluster/core:cluster_nickname",
      "ecs-service/api->vpc/core:vpc_nickname",
    ]);

    const removed = { ...network };
    delete (removed as Record<string, string>)["iac/dev/ecs-cluster/core/config.json"];
    showInView(view, main.getState(), {
      commit: { sha: "b".repeat(40), subject: "Remove the cluster" },
      files: removed,
      parent: network,
    });
    expect(plans(view)).toEqual({ "ecs-cluster/core": "delete", "vpc/core": "none" });
    expect(selectAddedEdges(view.getState())).toEqual([]);
  });

  it("draws each component where it stands now, whatever the commit's layout said", () => {
    const main = documentStore();
    const view = createEditorStore();
    const files = {
      ...network,
      ".karma/layout/dev.json": json({
        "vpc/core": { x: 999, y: 999 },
        "lambda/gone": { x: 5, y: 5 },
      }),
    };
    showInView(view, main.getState(), {
      commit: { sha: "c".repeat(40), subject: "" },
      files,
      parent: {},
    });
    const state = view.getState();
    expect(Object.keys(state.files).some((path) => path.startsWith(".karma/layout/"))).toBe(false);
    expect(state.placed.dev).toMatchObject({
      "vpc/core": { x: 0, y: 0 },
      "ecs-cluster/core": { x: 300, y: 0 },
      "lambda/gone": { x: 5, y: 5 },
    });
    // the document is as it was
    expect(main.getState().shownCommit).toBeNull();
    expect(main.getState().past).toEqual([]);
  });

  it("keeps where a ghost was drawn for the steps after it", () => {
    const main = documentStore();
    const view = createEditorStore();
    const gone = { ...network, "iac/dev/lambda/old/config.json": json({}) };
    showInView(view, main.getState(), {
      commit: { sha: "d".repeat(40), subject: "Remove lambda/old" },
      files: network,
      parent: gone,
    });
    expect(view.getState().placed.dev?.["lambda/old"]).toBeUndefined();
    keepPlaces(view);
    const ghost = view.getState().placed.dev?.["lambda/old"];
    expect(ghost).toBeDefined();
    showInView(view, main.getState(), {
      commit: { sha: "e".repeat(40), subject: "Add lambda/old" },
      files: gone,
      parent: network,
    });
    expect(view.getState().placed.dev?.["lambda/old"]).toEqual(ghost);
  });
});
