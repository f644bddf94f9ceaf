import { generateRepository, type LayoutPositions, parseLayoutFile } from "@karma/core";
import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { publishedStore } from "../store/published-store.ts";
import { selectGraph, selectShownPositions } from "../store/selectors.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import type { LayoutClient, LayoutResult } from "./layout-client.ts";
import type { LayoutEdge, LayoutNode, LayoutRoutes } from "./layout-protocol.ts";
import { startLayoutService } from "./layout-service.ts";

interface Pending {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  resolve(result: LayoutResult | null): void;
}

/**
 * A layout client whose answers the test gives: a row of nodes at y = 0, each edge routed
 * straight from its source's right side to its target's left side; or null (stale).
 */
function fakeClient() {
  const pending: Pending[] = [];
  const client: LayoutClient = {
    warm() {},
    layout(nodes, edges) {
      return new Promise((resolve) => pending.push({ nodes, edges, resolve }));
    },
    dispose() {},
  };
  const answer = (request: Pending, offset = 0) => {
    const positions: LayoutPositions = {};
    request.nodes.forEach((node, index) => {
      positions[node.id] = { x: offset + index * 300, y: 0 };
    });
    const routes: LayoutRoutes = {};
    for (const edge of request.edges) {
      const from = positions[edge.source]!;
      const to = positions[edge.target]!;
      routes[edge.id] = [
        { x: from.x + 240, y: 32 },
        { x: to.x, y: 32 },
      ];
    }
    request.resolve({ positions, routes, workerMs: 1, heldMs: 0 });
  };
  return { client, pending, answer };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const layoutFile = ".karma/layout/prod.json";

describe("the layout service", () => {
  it("places every node of the shown environment without saving anything", async () => {
    const store = createEditorStore();
    const { client, pending, answer } = fakeClient();
    const service = startLayoutService(store, client);
    store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
    await tick();
    expect(pending).toHaveLength(1);
    expect(pending[0]!.nodes).toHaveLength(selectGraph(store.getState()).nodes.length);
    expect(pending[0]!.edges.length).toBeGreaterThan(0);
    answer(pending[0]!);
    await service.whenPlaced();
    const shown = selectShownPositions(store.getState());
    for (const node of selectGraph(store.getState()).nodes) expect(shown[node.id]).toBeDefined();
    expect(store.getState().files[layoutFile]).toBeUndefined();
    service.stop();
  });

  it("draws a large graph from a sketch at once, and asks the worker once the page is idle", async () => {
    const store = createEditorStore();
    const { client, pending, answer } = fakeClient();
    startLayoutService(store, client);
    const files = generateRepository({ components: 200, environments: ["prod"], seed: 3 });
    store.getState().open(files, { kind: "files", name: "generated" });
    const ids = selectGraph(store.getState()).nodes.map((node) => node.id);
    const placed = () => Object.keys(selectShownPositions(store.getState())).length;
    while (placed() < ids.length) await tick();
    // the sketch is shown before elk is asked: the worker would slow its drawing
    expect(pending).toHaveLength(0);
    while (pending.length === 0) await tick();
    const sketch = selectShownPositions(store.getState());
    answer(pending[0]!);
    while (selectShownPositions(store.getState()) === sketch) await tick();
    expect(selectShownPositions(store.getState())[ids[1]!]).toEqual({ x: 300, y: 0 });
    expect(store.getState().fitRequest).toBe(2);
  });

  it("asks no second layout while the places of the first are on their way to being drawn", async () => {
    const store = createEditorStore();
    // what is drawn lags: new places are published after a warmer's task (published-store.ts)
    const drawn = publishedStore(store, [() => undefined]);
    const { client, pending, answer } = fakeClient();
    startLayoutService(store, client, drawn.store);
    store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
    while (pending.length === 0) await tick();
    answer(pending[0]!);
    while (Object.keys(selectShownPositions(drawn.store.getState())).length === 0) await tick();
    for (let i = 0; i < 5; i++) await tick();
    expect(pending).toHaveLength(1);
    drawn.stop();
  });

  it("lays out only nodes without a saved position, below the saved ones", async () => {
    const files = sampleFiles();
    files[layoutFile] = '{\n  "route53-zone/strall-com": { "x": 0, "y": 500 }\n}\n';
    const store = createEditorStore();
    const { client, pending, answer } = fakeClient();
    const service = startLayoutService(store, client);
    store.getState().open(files, { kind: "sample", name: "sample" });
    await tick();
    const ids = pending[0]!.nodes.map((node) => node.id);
    expect(ids).not.toContain("route53-zone/strall-com");
    expect(ids).toHaveLength(selectGraph(store.getState()).nodes.length - 1);
    answer(pending[0]!);
    await service.whenPlaced();
    const shown = selectShownPositions(store.getState());
    expect(shown["route53-zone/strall-com"]).toEqual({ x: 0, y: 500 });
    for (const id of ids) expect(shown[id]!.y).toBeGreaterThan(500);
    service.stop();
  });

  it("drops a stale placement when the environment changed meanwhile", async () => {
    const store = createEditorStore();
    const { client, pending, answer } = fakeClient();
    const service = startLayoutService(store, client);
    store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
    await tick();
    store.getState().setEnv("dev");
    await tick();
    answer(pending[0]!);
    await tick();
    expect(store.getState().placed.prod).toBeUndefined();
    answer(pending[1]!);
    await service.whenPlaced();
    expect(Object.keys(store.getState().placed.dev ?? {})).toHaveLength(5);
    service.stop();
  });

  it("keeps each layout's routes beside its positions, with the rectangles of their nodes", async () => {
    const store = createEditorStore();
    const { client, pending, answer } = fakeClient();
    const service = startLayoutService(store, client);
    store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
    await tick();
    answer(pending[0]!);
    await service.whenPlaced();
    const routes = store.getState().routes.prod!;
    expect(Object.keys(routes).sort()).toEqual(pending[0]!.edges.map((edge) => edge.id).sort());
    const shown = selectShownPositions(store.getState());
    const route = routes["route53-zone/strall-com->serverless-site/strall-com"]!;
    expect(route.source).toEqual({ ...shown["route53-zone/strall-com"], width: 240, height: 64 });
    expect(route.target).toEqual({
      ...shown["serverless-site/strall-com"],
      width: 240,
      height: 64,
    });
    expect(route.points[0]).toEqual({ x: route.source.x + 240, y: 32 });
    service.stop();
  });

  it("moves the routes of new nodes along when they are placed below the others", async () => {
    const files = sampleFiles();
    files[layoutFile] = '{\n  "lambda/demo-api": { "x": 0, "y": 500 }\n}\n';
    const store = createEditorStore();
    const { client, pending, answer } = fakeClient();
    const service = startLayoutService(store, client);
    store.getState().open(files, { kind: "sample", name: "sample" });
    await tick();
    answer(pending[0]!);
    await service.whenPlaced();
    const shown = selectShownPositions(store.getState());
    const route =
      store.getState().routes.prod!["route53-zone/strall-com->serverless-site/strall-com"]!;
    expect(route.source).toMatchObject(shown["route53-zone/strall-com"]!);
    expect(route.target).toMatchObject(shown["serverless-site/strall-com"]!);
    expect(route.points[0]).toEqual({ x: route.source.x + 240, y: route.source.y + 32 });
    // an edge to the node placed by hand was not laid out: it has no route
    expect(
      Object.keys(store.getState().routes.prod!).some((id) => id.includes("lambda/demo-api")),
    ).toBe(false);
    service.stop();
  });

  it("auto layout lays out everything again and saves it as one undo step", async () => {
    const store = createEditorStore();
    const { client, pending, answer } = fakeClient();
    const service = startLayoutService(store, client);
    store.getState().open(sampleFiles(), { kind: "sample", name: "sample" });
    await tick();
    answer(pending[0]!);
    await service.whenPlaced();

    const done = service.autoLayout();
    await tick();
    answer(pending[1]!, 1000);
    await done;
    const saved = parseLayoutFile(layoutFile, store.getState().files[layoutFile]!).positions;
    expect(Object.keys(saved)).toHaveLength(selectGraph(store.getState()).nodes.length);
    expect(Math.min(...Object.values(saved).map((p) => p.x))).toBe(1000);
    // the new routes replace the old ones, for the new positions
    const route =
      store.getState().routes.prod!["route53-zone/strall-com->serverless-site/strall-com"]!;
    expect(route.source).toMatchObject(saved["route53-zone/strall-com"]!);
    expect(store.getState().past.map((step) => step.label)).toEqual(["Auto layout"]);
    service.stop();
  });
});
