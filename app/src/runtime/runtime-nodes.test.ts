import { deleteComponent } from "@karma/core";
import { describe, expect, it } from "vitest";
import paginated from "../../../packages/core/src/runtime/fixtures/prod-paginated.json?raw";
import { createFlowAdapter } from "../canvas/flow-adapter.ts";
import { createEditorStore } from "../store/create-editor-store.ts";
import {
  selectCanvasGraph,
  selectGraph,
  selectNodeViews,
  selectShownPositions,
} from "../store/selectors.ts";
import { commitFiles } from "../test-support/commit-files.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { importRuntime } from "./import-runtime.ts";
import { createRuntimeNodes } from "./runtime-nodes.ts";

function placedSample() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
  const positions = Object.fromEntries(
    selectGraph(store.getState()).nodes.map((node, index) => [node.id, { x: index * 10, y: 50 }]),
  );
  store.getState().place("prod", positions);
  const adapter = createFlowAdapter();
  const runtime = createRuntimeNodes();
  const nodes = () => {
    const state = store.getState();
    return runtime.withDrift(
      adapter.nodes(
        selectGraph(state),
        selectShownPositions(state),
        selectNodeViews(state),
        state.sizes,
        state.selection,
      ),
      state,
    );
  };
  return { store, nodes };
}

describe("drift on the canvas", () => {
  it("adds nothing until a snapshot is imported", () => {
    const { nodes } = placedSample();
    expect(nodes().some((node) => node.domAttributes && "data-drift" in node.domAttributes)).toBe(
      false,
    );
  });

  it("marks each component's node and adds a ghost per unmanaged component, right of the graph", () => {
    const { store, nodes } = placedSample();
    importRuntime(store, paginated, "prod-paginated.json");
    const shown = nodes();
    const drift = (id: string) =>
      (shown.find((node) => node.id === id)?.domAttributes as Record<string, string> | undefined)?.[
        "data-drift"
      ];
    expect(drift("serverless-api/demo-api")).toBe("drifted");
    expect(drift("s3-bucket/karma-api")).toBe("not-deployed");
    expect(drift("route53-zone/strall-com")).toBe("in-sync");
    expect(drift("openapi/demo-api")).toBeUndefined();
    const ghosts = shown.filter((node) => node.type === "unmanaged");
    expect(ghosts.map((node) => [node.id, drift(node.id), node.draggable])).toEqual([
      ["sqs-queue/jobs", "unmanaged", false],
      ["vpc/legacy", "unmanaged", false],
    ]);
    const right = Math.max(
      ...shown.filter((node) => node.type !== "unmanaged").map((node) => node.position.x),
    );
    expect(ghosts.every((node) => node.position.x > right)).toBe(true);
    expect(shown.find((node) => node.id === "serverless-api/demo-api")?.ariaLabel).toMatch(
      /drifted/,
    );
  });

  it("keeps the ghosts only while the drift filter shows unmanaged components", () => {
    const { store, nodes } = placedSample();
    importRuntime(store, paginated, "prod-paginated.json");
    const ghosts = () => nodes().filter((node) => node.type === "unmanaged").length;
    store.getState().setDriftFilter("drifted");
    expect(ghosts()).toBe(0);
    store.getState().setDriftFilter("unmanaged");
    expect(ghosts()).toBe(2);
    // forgetting the snapshot forgets the filter by drift
    store.getState().setSnapshot(null);
    expect(store.getState().driftFilter).toBe("all");
  });

  it("shows a deployed component deleted in this session once, as the plan's ghost", () => {
    const { store } = placedSample();
    importRuntime(store, paginated, "prod-paginated.json");
    const zone = { env: "prod", type: "route53-zone", nickname: "strall-com" };
    const deleted = deleteComponent(store.getState().files, zone);
    if (!deleted.ok) throw new Error(deleted.error);
    commitFiles(store, "Delete route53-zone/strall-com", deleted.files);
    // the layout service places what the deletion left unresolved
    const unplaced = selectGraph(store.getState()).nodes.filter(
      (node) => !Object.hasOwn(selectShownPositions(store.getState()), node.id),
    );
    store
      .getState()
      .place("prod", Object.fromEntries(unplaced.map((node) => [node.id, { x: 0, y: 0 }])));
    const state = store.getState();
    const shown = createRuntimeNodes().withDrift(
      createFlowAdapter().nodes(
        selectCanvasGraph(state),
        selectShownPositions(state),
        selectNodeViews(state),
        state.sizes,
        state.selection,
      ),
      state,
    );
    expect(shown.filter((node) => node.id === "route53-zone/strall-com")).toHaveLength(1);
  });

  it("gives back the same nodes while nothing they show changed", () => {
    const { store, nodes } = placedSample();
    importRuntime(store, paginated, "prod-paginated.json");
    const first = nodes();
    store.getState().setLayoutBusy(true);
    expect(nodes()).toBe(first);
    store.getState().dragTo({ "s3-bucket/demo-api": { x: 500, y: 500 } });
    const second = nodes();
    expect(second).not.toBe(first);
    const unchanged = "route53-zone/usekarma-dev";
    expect(second.find((node) => node.id === unchanged)).toBe(
      first.find((node) => node.id === unchanged),
    );
  });
});
