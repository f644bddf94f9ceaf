import { createStore, type StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";

/**
 * Derives part of what the editor draws for a state, called for its memoised result only. One
 * that returns an iterator (core's `validateInSteps`) does its work in slices: one per task.
 */
export type Warmer = (state: EditorStore) => unknown;

/** The editor's state as drawn, and how to stop following the editor's store. */
export interface PublishedStore {
  store: StoreApi<EditorStore>;
  /**
   * Adds a warmer that runs after the others (a canvas's own derivation of what it draws);
   * returns how to take it out again.
   */
  addWarmer(warmer: Warmer): () => void;
  stop(): void;
}

/**
 * What the editor draws: its store's state, published once what it derives is ready. A change
 * to the document (files, baseline, environment, the commit compared with) sets off the whole
 * derivation (workspace, graph, plan, issues, node views: tens of milliseconds at 10,000
 * components); run in the edit's task with React's render after it, it made one long task.
 * Here each warmer runs in a task of its own, and the state is published (React renders) in the
 * next, where every selector finds its result memoised. New places for the nodes (a layout
 * arriving, a graph's first sketch) go the same way: every node of the canvas is rebuilt. Any
 * other change (selection, a drag, panels) is published at once, unless one of those is on its
 * way: then it goes with it, so what is drawn is always one state of the store, never a mix.
 * Actions read and write the editor's store; only what is drawn lags, by a few tasks.
 */
export function publishedStore(
  source: StoreApi<EditorStore>,
  initialWarmers: readonly Warmer[],
): PublishedStore {
  const warmers = [...initialWarmers];
  const published = createStore<EditorStore>(() => source.getState());
  // the warmer to run next, while a document change is on its way
  let step = -1;
  // the slices of the warmer at work, when it works in slices
  let slices: Iterator<unknown> | null = null;
  const channel = new MessageChannel();

  const publish = () => {
    step = -1;
    slices = null;
    const state = source.getState();
    if (published.getState() !== state) published.setState(state, true);
  };

  channel.port1.onmessage = () => {
    if (step < 0) return;
    if (slices !== null) {
      if (slices.next().done) {
        slices = null;
        step++;
      }
      channel.port2.postMessage(null);
    } else if (step < warmers.length) {
      // the newest state: a change made meanwhile is derived (and published) in its place
      const result = warmers[step]!(source.getState());
      if (isIterator(result)) slices = result;
      else step++;
      channel.port2.postMessage(null);
    } else {
      publish();
    }
  };

  const unsubscribe = source.subscribe((state, previous) => {
    if (step >= 0) return;
    if (!changesDocument(state, previous) && !movesNodes(state, previous)) return publish();
    step = 0;
    channel.port2.postMessage(null);
  });

  return {
    store: published,
    addWarmer(warmer) {
      warmers.push(warmer);
      return () => {
        const at = warmers.indexOf(warmer);
        if (at >= 0) warmers.splice(at, 1);
      };
    },
    stop() {
      unsubscribe();
      step = -1;
      slices = null;
      channel.port1.close();
    },
  };
}

function changesDocument(state: EditorStore, previous: EditorStore): boolean {
  return (
    state.files !== previous.files ||
    state.baseline !== previous.baseline ||
    state.env !== previous.env ||
    state.compareBase !== previous.compareBase
  );
}

/** Whether nodes were placed anew (a layout, a sketch) or their edge routes replaced. */
function movesNodes(state: EditorStore, previous: EditorStore): boolean {
  return state.placed !== previous.placed || state.routes !== previous.routes;
}

function isIterator(value: unknown): value is Iterator<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { next?: unknown }).next === "function"
  );
}
