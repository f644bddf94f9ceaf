import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";
import { selectGraph, selectWorkspace } from "../store/selectors.ts";
import { readViewParams, withViewParams } from "./view-params.ts";

// per store, not per call: React's strict mode subscribes twice, the link applies once
const applied = new WeakSet<StoreApi<EditorStore>>();

/**
 * Keeps the environment and selection in the address bar, so a view can be shared: the link's
 * view is applied once, when the first repository opens, then every change replaces the URL
 * (no history entry per click). Returns the unsubscribe.
 */
export function syncUrl(store: StoreApi<EditorStore>, location: Location, history: History) {
  const apply = () => {
    applied.add(store);
    const wanted = readViewParams(location.search);
    const state = store.getState();
    if (wanted.env !== null && selectWorkspace(state).environments.includes(wanted.env)) {
      state.setEnv(wanted.env);
    }
    const now = store.getState();
    if (wanted.select !== null && selectGraph(now).nodes.some((n) => n.id === wanted.select)) {
      now.select(wanted.select, { focus: true });
    }
  };
  const write = (state: EditorStore) => {
    const next = withViewParams(location.href, { env: state.env, select: state.selection });
    if (next !== location.href) history.replaceState(history.state, "", next);
  };
  if (!applied.has(store) && store.getState().source !== null) apply();
  return store.subscribe((state, previous) => {
    if (state.source === null) return;
    if (!applied.has(store)) {
      apply();
      write(store.getState());
      return;
    }
    if (state.env !== previous.env || state.selection !== previous.selection) write(state);
  });
}
