import ELK from "elkjs/lib/elk.bundled.js";
import { elkGraph, readLayout, warmUpGraph } from "./elk-graph.ts";
import { foldIntoColumns } from "./fold-into-columns.ts";
import type { LayoutRequest, LayoutResponse } from "./layout-protocol.ts";

// an overview's shape matters from a few hundred components; a small graph stays as elk drew it
const foldAbove = 300;

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

// elk's bundle installs its own message handler when loaded in a worker; this one replaces it
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges } = event.data;
  const started = performance.now();
  try {
    let { positions, routes } = readLayout(await elk.layout(elkGraph(nodes, edges)));
    if (nodes.length > foldAbove) {
      const ends = Object.fromEntries(edges.map((edge) => [edge.id, edge]));
      ({ positions, routes } = foldIntoColumns(nodes, positions, routes, ends));
    }
    reply({ id, positions, routes, workerMs: performance.now() - started });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

function reply(response: LayoutResponse): void {
  scope.postMessage(response);
}

// elk's first layout pays for its class initialisation; pay it now, while the app starts
void elk.layout(warmUpGraph);
