import type { LayoutPositions } from "@karma/core";
import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { selectGraph, selectNodeViews } from "../store/selectors.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { createFlowAdapter } from "./flow-adapter.ts";

function sample() {
  const store = createEditorStore();
  store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
  const state = store.getState();
  const graph = selectGraph(state);
  const positions: LayoutPositions = {};
  graph.nodes.forEach((node, index) => {
    positions[node.id] = { x: index * 10, y: 0 };
  });
  return { store, graph, views: selectNodeViews(state), positions };
}

describe("the flow adapter", () => {
  it("draws every placed component with the contract's data attributes", () => {
    const { graph, views, positions } = sample();
    const nodes = createFlowAdapter().nodes(graph, positions, views, {}, null);
    expect(nodes).toHaveLength(13);
    const api = nodes.find((node) => node.id === "serverless-api/demo-api")!;
    expect(api.type).toBe("component");
    expect(api.domAttributes).toEqual({ "data-plan": "none", "data-issues": "1" });
    expect(nodes.find((node) => node.id === "openapi/demo-api")!.type).toBe("external");
  });

  it("leaves out nodes without a position, and their edges", () => {
    const { graph, views, positions } = sample();
    const { "route53-zone/usekarma-dev": _, ...rest } = positions;
    const adapter = createFlowAdapter();
    expect(adapter.nodes(graph, rest, views, {}, null)).toHaveLength(12);
    const edges = adapter.edges(graph, rest, views);
    expect(edges.some((edge) => edge.source === "route53-zone/usekarma-dev")).toBe(false);
    expect(edges.map((edge) => edge.label)).toEqual(["openapi", "openapi", "route53_zone_name"]);
  });

  it("edges run from the dependency to the dependent, labelled with the key", () => {
    const { graph, views, positions } = sample();
    const edge = createFlowAdapter()
      .edges(graph, positions, views)
      .find((candidate) => candidate.target === "serverless-site/strall-com")!;
    expect(edge).toMatchObject({ source: "route53-zone/strall-com", label: "route53_zone_name" });
  });

  it("rebuilds only the node that moved, so React Flow re-renders only that one", () => {
    const { graph, views, positions } = sample();
    const adapter = createFlowAdapter();
    const before = adapter.nodes(graph, positions, views, {}, null);
    const edgesBefore = adapter.edges(graph, positions, views);
    const moved = { ...positions, "lambda/demo-api": { x: 999, y: 5 } };
    const after = adapter.nodes(graph, moved, views, {}, null);
    const changed = after.filter((node, index) => node !== before[index]).map((node) => node.id);
    expect(changed).toEqual(["lambda/demo-api"]);
    expect(adapter.edges(graph, moved, views)).toBe(edgesBefore);
  });

  it("rebuilds only the selected node on selection: lineage is read by id (lineage/)", () => {
    const { store, graph, positions } = sample();
    const adapter = createFlowAdapter();
    const before = adapter.nodes(graph, positions, selectNodeViews(store.getState()), {}, null);
    const edgesBefore = adapter.edges(graph, positions, selectNodeViews(store.getState()));
    store.getState().select("route53-zone/strall-com");
    const views = selectNodeViews(store.getState());
    const nodes = adapter.nodes(graph, positions, views, {}, "route53-zone/strall-com");
    const changed = nodes.filter((node, index) => node !== before[index]).map((node) => node.id);
    expect(changed).toEqual(["route53-zone/strall-com"]);
    expect(nodes.find((node) => node.id === "route53-zone/strall-com")!.selected).toBe(true);
    expect(adapter.edges(graph, positions, views)).toBe(edgesBefore);
  });
});
