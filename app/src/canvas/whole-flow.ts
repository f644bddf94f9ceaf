import type { Culled } from "./cull-flow.ts";

// by the store's `getState`: React Flow's `useStoreApi` wraps its store in a new object for each
// component that asks, around the same functions
const flows = new WeakMap<object, Culled>();

interface FlowStore {
  getState: () => Culled;
}

/**
 * The whole graph a canvas shows, by its React Flow store: React Flow holds only what is on and
 * around the screen of a large graph (cull-flow.ts), so what frames, fits or exports all of it
 * reads it here.
 */
export function setWholeFlow(flowStore: FlowStore, flow: Culled): void {
  flows.set(flowStore.getState, flow);
}

/** The whole graph of the canvas of `flowStore`: what React Flow holds before it has drawn. */
export function wholeFlow(flowStore: FlowStore): Culled {
  return flows.get(flowStore.getState) ?? flowStore.getState();
}
