import type { LayoutPositions } from "@karma/core";
import { unpackLayout } from "./layout-packing.ts";
import type {
  LayoutEdge,
  LayoutNode,
  LayoutRequest,
  LayoutResponse,
  LayoutRoutes,
} from "./layout-protocol.ts";

export interface LayoutResult {
  positions: LayoutPositions;
  /** Per layout edge: elk's route, in the coordinates of the positions. */
  routes: LayoutRoutes;
  workerMs: number;
  heldMs: number;
}

export interface LayoutClient {
  /** Starts the worker ahead of the first layout, so elk is parsed while a repository loads. */
  warm(): void;
  /**
   * Lays a graph out in the worker. Resolves null when a newer layout was requested meanwhile:
   * a stale answer is dropped, never applied.
   */
  layout(nodes: LayoutNode[], edges: LayoutEdge[]): Promise<LayoutResult | null>;
  dispose(): void;
}

function createLayoutWorker(): Worker {
  return new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
}

export function createLayoutClient(createWorker: () => Worker = createLayoutWorker): LayoutClient {
  let worker: Worker | null = null;
  let latest = 0;
  const pending = new Map<
    number,
    {
      resolve(result: LayoutResult | null): void;
      reject(error: Error): void;
      nodes: LayoutNode[];
      edges: LayoutEdge[];
    }
  >();

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = createWorker();
    started.onmessage = (event: MessageEvent<LayoutResponse>) => settle(event.data);
    started.onerror = (event) => {
      // a worker that failed to start answers nothing: fail every waiting layout and start over
      event.preventDefault();
      const error = new Error(event.message || "the layout worker failed to start");
      for (const request of pending.values()) request.reject(error);
      pending.clear();
      started.terminate();
      worker = null;
    };
    worker = started;
    return started;
  }

  function settle(response: LayoutResponse): void {
    const request = pending.get(response.id);
    if (!request) return;
    pending.delete(response.id);
    if ("error" in response) {
      request.reject(new Error(response.error));
      return;
    }
    // elk's time, and then the time the worker held the answer for the processor to be free
    const held = performance.now() - response.heldMs;
    performance.measure("karma:layout", {
      start: held - response.workerMs,
      duration: response.workerMs,
      detail: { nodes: request.nodes.length },
    });
    if (response.heldMs > 0) {
      performance.measure("karma:layout-held", { start: held, duration: response.heldMs });
    }
    if (response.id !== latest) {
      request.resolve(null);
      return;
    }
    const { positions, routes } = unpackLayout(request.nodes, request.edges, response.layout);
    request.resolve({ positions, routes, workerMs: response.workerMs, heldMs: response.heldMs });
  }

  return {
    warm() {
      ensureWorker();
    },
    layout(nodes, edges) {
      const id = ++latest;
      if (nodes.length === 0)
        return Promise.resolve({ positions: {}, routes: {}, workerMs: 0, heldMs: 0 });
      return new Promise((resolve, reject) => {
        performance.mark("karma:layout-requested", { detail: { nodes: nodes.length } });
        pending.set(id, { resolve, reject, nodes, edges });
        const request: LayoutRequest = { id, nodes, edges };
        ensureWorker().postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const request of pending.values()) request.resolve(null);
      pending.clear();
    },
  };
}
