import type { Graph, LayoutPositions } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { describeError } from "../actions/describe-error.ts";
import { runCommand } from "../commands/run-command.ts";
import { autoLayoutCommand } from "../commands/save-positions.ts";
import { isGroupedGraph } from "../large-graph/group-layout.ts";
import type { LayoutService } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectBasePositions, selectGraph } from "../store/selectors.ts";
import { edgeRoutesOf } from "./edge-routes.ts";
import { gridPositions } from "./grid-positions.ts";
import type { LayoutClient, LayoutResult } from "./layout-client.ts";
import { layoutInput } from "./layout-input.ts";
import type { LayoutEdge, LayoutNode } from "./layout-protocol.ts";
import { placeBelow } from "./place-below.ts";
import { sketchLayout } from "./sketch-layout.ts";

// elk lays out a small graph in a blink; a larger one is drawn at once from a sketch meanwhile
const sketchAbove = 150;

interface Request {
  graph: Graph;
  env: string;
}

/** A layout's answer with what it was asked: the sizes and edges its routes are for. */
interface Laid {
  input: { nodes: LayoutNode[]; edges: LayoutEdge[] };
  result: LayoutResult;
}

/**
 * Keeps every node of the shown environment placed: nodes without a saved position get one
 * from the worker (the whole graph when nothing is placed yet, else just the new nodes, below
 * the others). Automatic positions are not saved; a drag or "Auto layout" saves them. The edge
 * routes of each layout are kept beside its positions (never saved), set before the positions
 * so that no frame draws nodes at their new places with routes of the old ones. A large graph
 * with nothing placed is drawn at once from a quick sketch of a layout, which the worker's
 * answer then replaces: the canvas is usable while elk works, and elk is asked once the sketch
 * is drawn, so that the two do not share the processor.
 */
export function startLayoutService(
  store: StoreApi<EditorStore>,
  client: LayoutClient,
  /** The state as drawn (published-store.ts): what needs a place is what is drawn. */
  drawn: StoreApi<EditorStore> = store,
): LayoutService {
  let inFlight: Request | null = null;
  let checked: { graph: Graph; base: LayoutPositions } | null = null;
  // per environment, the sketch shown while elk works: its positions are still to be laid out
  const sketches = new Map<string, LayoutPositions>();

  function missingNodes(graph: Graph, base: LayoutPositions): string[] {
    const sketched = sketches.get(graph.env);
    return graph.nodes
      .filter((node) => {
        const at = base[node.id];
        return at === undefined || (sketched !== undefined && at === sketched[node.id]);
      })
      .map((node) => node.id);
  }

  function run(
    request: Request,
    only: Set<string> | undefined,
    // by default, sent in a task of its own, after the change that asked for it has been
    // rendered, so the main thread is idle while the worker lays out
    sent: Promise<void> = nextTask(),
  ): Promise<Laid | null> {
    inFlight = request;
    store.getState().setLayoutBusy(true);
    return sent
      .then(async () => {
        if (inFlight !== request) return null;
        const input = layoutInput(request.graph, store.getState().sizes, only);
        const result = await client.layout(input.nodes, input.edges);
        // applied in a task of its own: the one that took the answer from the worker is long
        // enough for a large graph
        await nextTask();
        return result && { input, result };
      })
      .then(
        (laid) => {
          if (inFlight !== request) return null;
          inFlight = null;
          store.getState().setLayoutBusy(false);
          const state = store.getState();
          return laid && state.env === request.env && selectGraph(state) === request.graph
            ? laid
            : null;
        },
        (error: unknown) => {
          if (inFlight === request) {
            inFlight = null;
            store.getState().setLayoutBusy(false);
          }
          throw error;
        },
      );
  }

  function check(): void {
    const state = drawn.getState();
    // a change is on its way to being drawn (places just given, say): decide once it is
    if (state.env === null || state !== store.getState()) return;
    const graph = selectGraph(state);
    const base = selectBasePositions(state);
    if (checked?.graph === graph && checked.base === base) return;
    checked = { graph, base };
    if (inFlight?.graph === graph && inFlight.env === state.env) return;
    // a large graph is drawn grouped by type, with positions of its own (large-graph/)
    if (isGroupedGraph(graph)) return;
    const missing = missingNodes(graph, base);
    if (missing.length === 0) return;

    const env = state.env;
    const anyPlaced = missing.length < graph.nodes.length;
    const asked: Request = { graph, env };
    if (anyPlaced || sketches.has(env) || graph.nodes.length <= sketchAbove) {
      placeWhenLaid(env, anyPlaced, missing, run(asked, anyPlaced ? new Set(missing) : undefined));
      return;
    }
    // in a task of its own: this one draws the graph that asks for it
    const sketched = nextTask().then(() => {
      const now = store.getState();
      // the graph shown is another by now
      if (inFlight !== asked || now.env !== env || selectGraph(now) !== graph) return;
      const input = layoutInput(graph, now.sizes);
      const positions = sketchLayout(input.nodes, input.edges);
      sketches.set(env, positions);
      now.setRoutes(env, {});
      now.place(env, positions);
    });
    // elk starts once the sketch is drawn and the page is idle: on a busy machine the worker
    // took the processor from the main thread, which drew the sketch in tasks three times as long
    placeWhenLaid(env, false, missing, run(asked, undefined, sketched.then(whenIdle)));
  }

  /** Places what the worker laid out for `env` (the nodes `missing`), when it answers. */
  function placeWhenLaid(
    env: string,
    anyPlaced: boolean,
    missing: string[],
    request: Promise<Laid | null>,
  ): void {
    request.then(
      (laid) => {
        if (laid) {
          const replacing = sketches.delete(env);
          const now = store.getState();
          const positions = anyPlaced
            ? placeBelow(laid.result.positions, selectBasePositions(now))
            : laid.result.positions;
          const routes = edgeRoutesOf(laid.input, laid.result, positions);
          // new nodes below the others: their routes join the earlier ones, which still fit
          now.setRoutes(env, anyPlaced ? { ...now.routes[env], ...routes } : routes);
          store.getState().place(env, positions);
          // the view was fitted to the sketch: fit the layout as opening would have
          if (replacing) store.getState().requestFit();
        }
        checked = null;
        check();
      },
      (error: unknown) => {
        // a sketch shown stays; else the nodes go in a grid
        if (!sketches.delete(env)) {
          store
            .getState()
            .place(env, placeBelow(gridPositions(missing), selectBasePositions(store.getState())));
        }
        store.getState().notify({
          tone: "error",
          title: "Automatic layout is not available; new nodes were put in a grid.",
          lines: [describeError(error), "Your files are unchanged."],
        });
      },
    );
  }

  const unsubscribe = drawn.subscribe(check);
  check();

  return {
    async autoLayout() {
      const state = store.getState();
      if (state.env === null) return;
      const env = state.env;
      try {
        const laid = await run({ graph: selectGraph(state), env }, undefined);
        if (!laid) return;
        const { positions } = laid.result;
        store.getState().setRoutes(env, edgeRoutesOf(laid.input, laid.result, positions));
        runCommand(store, autoLayoutCommand, { env, positions });
        store.getState().requestFit();
      } catch (error) {
        store.getState().notify({
          tone: "error",
          title: "Auto layout failed; nothing was moved.",
          lines: [describeError(error)],
        });
      } finally {
        checked = null;
        check();
      }
    },

    whenPlaced() {
      return new Promise((resolve) => {
        const done = () => {
          const state = drawn.getState();
          const graph = selectGraph(state);
          return (
            // what is drawn is the store's state: a change still on its way is not placed yet
            state === store.getState() &&
            inFlight === null &&
            // a sketch shown is still to be laid out: no need to look at every node
            (state.env === null || !sketches.has(state.env)) &&
            (isGroupedGraph(graph) || missingNodes(graph, selectBasePositions(state)).length === 0)
          );
        };
        if (done()) return resolve();
        const stopWaiting = drawn.subscribe(() => {
          if (!done()) return;
          stopWaiting();
          resolve();
        });
      });
    },

    stop() {
      unsubscribe();
      client.dispose();
    },
  };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Once the page has nothing to do (or after a second at most). */
function whenIdle(): Promise<void> {
  if (typeof requestIdleCallback !== "function") return nextTask();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
}
