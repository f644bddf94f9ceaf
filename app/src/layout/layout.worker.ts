import ELK from "elkjs/lib/elk.bundled.js";
import type { LayoutRequest, LayoutResponse } from "./layout-protocol.ts";

// Dependencies end up on the left. Brandes-Köpf placement and polyline routing (React Flow
// draws its own edges) keep large graphs fast.
const layoutOptions = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.edgeRouting": "POLYLINE",
  "elk.layered.spacing.nodeNodeBetweenLayers": "200",
  "elk.spacing.nodeNode": "32",
  "elk.spacing.componentComponent": "64",
};

/** Fewer crossing-minimisation passes on large graphs: a third of the time, nearly as tidy. */
function optionsFor(nodes: number): Record<string, string> {
  return nodes > 300 ? { ...layoutOptions, "elk.layered.thoroughness": "1" } : layoutOptions;
}

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

// elk's bundle installs its own message handler when loaded in a worker; this one replaces it
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges } = event.data;
  const started = performance.now();
  try {
    const result = await elk.layout({
      id: "root",
      layoutOptions: optionsFor(nodes.length),
      children: nodes.map(({ id, width, height }) => ({ id, width, height })),
      edges: edges.map(({ id, source, target }) => ({ id, sources: [source], targets: [target] })),
    });
    const positions: Record<string, { x: number; y: number }> = {};
    for (const child of result.children ?? []) {
      positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
    }
    reply({ id, positions, workerMs: performance.now() - started });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

function reply(response: LayoutResponse): void {
  scope.postMessage(response);
}

// elk's first layout pays for its class initialisation; pay it now, while the app starts
void elk.layout({
  id: "warm-up",
  layoutOptions,
  children: [
    { id: "a", width: 10, height: 10 },
    { id: "b", width: 10, height: 10 },
  ],
  edges: [{ id: "a-b", sources: ["a"], targets: ["b"] }],
});
