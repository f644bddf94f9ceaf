import { deleteComponent, setConfigValue } from "@karma/core";
import { describe, expect, it } from "vitest";
import { createFlowAdapter } from "../canvas/flow-adapter.ts";
import { selectCanvasBasePositions, selectConsequences } from "../plan/plan-selectors.ts";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectCanvasGraph, selectGraph, selectNodeViews } from "../store/selectors.ts";
import { commitFiles } from "../test-support/commit-files.ts";
import { sampleFiles } from "../test-support/sample-files.ts";

const zone = "route53-zone/strall-com";
const site = "serverless-site/strall-com";

function openSample() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
  const positions = Object.fromEntries(
    selectGraph(store.getState()).nodes.map((node, i) => [node.id, { x: i * 300, y: 0 }]),
  );
  store.getState().place("prod", positions);
  return store;
}

function deleteZone(store: ReturnType<typeof openSample>) {
  const result = deleteComponent(store.getState().files, {
    env: "prod",
    type: "route53-zone",
    nickname: "strall-com",
  });
  if (!result.ok) throw new Error(result.error);
  commitFiles(store, `Delete ${zone}`, result.files);
}

describe("ghosts of deleted components on the canvas", () => {
  it("keeps a deleted component as a ghost where it stood, with its old references", () => {
    const store = openSample();
    const before = selectCanvasBasePositions(store.getState())[zone];
    deleteZone(store);
    const state = store.getState();
    expect(selectGraph(state).nodes.some((node) => node.id === zone)).toBe(false);
    expect(selectCanvasGraph(state).nodes.some((node) => node.id === zone)).toBe(true);
    expect(selectNodeViews(state).get(zone)?.plan).toBe("delete");
    expect(selectCanvasBasePositions(state)[zone]).toEqual(before);

    const adapter = createFlowAdapter();
    const graph = selectCanvasGraph(state);
    const positions = selectCanvasBasePositions(state);
    const views = selectNodeViews(state);
    const ghost = adapter.nodes(graph, positions, views, {}, null).find((n) => n.id === zone)!;
    expect(ghost.domAttributes).toMatchObject({ "data-plan": "delete" });
    expect(ghost.draggable).toBe(false);
    expect(ghost.connectable).toBe(false);
    const oldEdge = adapter
      .edges(graph, positions, views)
      .find((edge) => edge.id === `${site}->${zone}:route53_zone_name`);
    expect(oldEdge?.className).toBe("edge-deleted");
  });

  it("leaves no ghost for a rename: the node moves to its new name", () => {
    const store = openSample();
    const files = { ...store.getState().files };
    const file = "iac/prod/route53-zone/strall-com/config.json";
    files["iac/prod/route53-zone/strall/config.json"] = files[file]!;
    delete files[file];
    commitFiles(store, "Rename", files);
    const ids = selectCanvasGraph(store.getState()).nodes.map((node) => node.id);
    expect(ids).toContain("route53-zone/strall");
    expect(ids).not.toContain(zone);
  });

  it("is gone again after undo", () => {
    const store = openSample();
    deleteZone(store);
    store.getState().undo();
    expect(selectCanvasGraph(store.getState())).toBe(selectGraph(store.getState()));
  });

  it("marks unchanged components downstream of a change as consequences", () => {
    const store = openSample();
    const file = "iac/prod/route53-zone/strall-com/config.json";
    const result = setConfigValue(store.getState().files, file, ["comment"], "changed");
    if (!result.ok) throw new Error(result.error);
    commitFiles(store, "Set comment", result.files);
    const consequences = selectConsequences(store.getState());
    expect(selectNodeViews(store.getState()).get(zone)?.plan).toBe("update");
    expect(consequences.get(site)?.path).toEqual([site, zone]);
    expect(consequences.has(zone)).toBe(false);
  });
});
