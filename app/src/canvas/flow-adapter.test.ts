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

  it("gives each edge its pair's route from the last layout, and keeps the edges while it stays", () => {
    const { graph, views, positions } = sample();
    const route = {
      points: [
        { x: 240, y: 32 },
        { x: 400, y: 32 },
      ],
      source: { ...positions["route53-zone/strall-com"]!, width: 240, height: 64 },
      target: { ...positions["serverless-site/strall-com"]!, width: 240, height: 64 },
    };
    const routes = { "route53-zone/strall-com->serverless-site/strall-com": route };
    const adapter = createFlowAdapter();
    const edges = adapter.edges(graph, positions, views, routes);
    const routed = edges.filter((edge) => edge.data?.route !== undefined);
    expect(routed.map((edge) => edge.id)).toEqual([
      "serverless-site/strall-com->route53-zone/strall-com:route53_zone_name",
    ]);
    expect(routed[0]!.data).toEqual({ route, keyIndex: 0, keys: 1, slot: 0, slots: 1 });
    // the same routes in a new object: nothing to redraw
    expect(adapter.edges(graph, positions, views, { ...routes })).toBe(edges);
    // a new layout: the edges of the pair it routed anew are rebuilt, the others kept
    const relaid = adapter.edges(graph, positions, views, {
      "route53-zone/strall-com->serverless-site/strall-com": { ...route },
    });
    expect(relaid.filter((edge, index) => edge !== edges[index])).toHaveLength(1);
  });

  it("numbers the routed keys a dependent reads, whose labels stack where the routes meet", () => {
    const { graph, views, positions } = sample();
    const api = "serverless-api/demo-api";
    const rect = (id: string) => ({ ...positions[id]!, width: 240, height: 64 });
    const routeTo = (from: string) => ({
      points: [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
      ],
      source: rect(from),
      target: rect(api),
    });
    const routes = {
      [`openapi/demo-api->${api}`]: routeTo("openapi/demo-api"),
      [`route53-zone/usekarma-dev->${api}`]: routeTo("route53-zone/usekarma-dev"),
    };
    const into = createFlowAdapter()
      .edges(graph, positions, views, routes)
      .filter((edge) => edge.target === api);
    expect(into.map((edge) => [edge.data?.slot, edge.data?.slots])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("numbers the keys linking the same pair, which share its route", () => {
    const { graph, views, positions } = sample();
    const edge = graph.edges.find((e) => e.dependent === "serverless-site/strall-com")!;
    const twice = { ...graph, edges: [...graph.edges, { ...edge, key: "second_key" }] };
    const pair = createFlowAdapter()
      .edges(twice, positions, views)
      .filter((flow) => flow.source === edge.dependency && flow.target === edge.dependent);
    expect(pair.map((flow) => [flow.label, flow.data?.keyIndex, flow.data?.keys])).toEqual([
      [edge.key, 0, 2],
      ["second_key", 1, 2],
    ]);
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
