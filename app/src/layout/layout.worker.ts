import ELK from "elkjs/lib/elk.bundled.js";
import { elkGraph, readLayout, warmUpGraph } from "./elk-graph.ts";
import { foldIntoColumns } from "./fold-into-columns.ts";
import { packedBuffers, packLayout } from "./layout-packing.ts";
import type { LayoutRequest, LayoutResponse } from "./layout-protocol.ts";
import { whenProcessorFree } from "./when-processor-free.ts";

// an overview's shape matters from a few hundred components; a small graph stays as elk drew it
const foldAbove = 300;
// a large graph's answer takes the main thread for a while; it waits this long at most for the
// processor to be free of the compilation its layout started (when-processor-free.ts)
const holdAbove = 300;
const holdAtMostMs = 2000;

const elk = new ELK();
// the id of the newest request: an older answer is dropped by the page, so it is not held
let newest = 0;
const scope = self as unknown as DedicatedWorkerGlobalScope;

// elk's bundle installs its own message handler when loaded in a worker; this one replaces it
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges } = event.data;
  newest = id;
  const started = performance.now();
  try {
    let { positions, routes } = readLayout(await elk.layout(elkGraph(nodes, edges)));
    if (nodes.length > foldAbove) {
      const ends = Object.fromEntries(edges.map((edge) => [edge.id, edge]));
      ({ positions, routes } = foldIntoColumns(nodes, positions, routes, ends));
    }
    const workerMs = performance.now() - started;
    const heldMs =
      nodes.length > holdAbove ? await whenProcessorFree(holdAtMostMs, () => newest !== id) : 0;
    const layout = packLayout(nodes, edges, positions, routes);
    reply({ id, layout, workerMs, heldMs }, packedBuffers(layout));
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

function reply(response: LayoutResponse, transfer: Transferable[] = []): void {
  scope.postMessage(response, transfer);
}

// elk's first layout pays for its class initialisation; pay it now, while the app starts
void elk.layout(warmUpGraph);
