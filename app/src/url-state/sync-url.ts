import type { Workspace } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { selectTrace } from "../lineage/trace-path.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectGraph, selectWorkspace } from "../store/selectors.ts";
import { readViewParams, type ViewParams, withViewParams } from "./view-params.ts";

const writeAfter = 50;

// per store, not per call: React's strict mode subscribes twice, the link applies once
const applied = new WeakSet<StoreApi<EditorStore>>();

/**
 * Keeps the view in the address bar (environment, selection, trace, focus, filters), so a link
 * opened elsewhere shows the same: the link's view is applied once, when the first repository
 * opens, leaving out what that repository does not have; then every change replaces the URL (no
 * history entry per click). Returns the unsubscribe.
 */
export function syncUrl(store: StoreApi<EditorStore>, location: Location, history: History) {
  const apply = () => {
    applied.add(store);
    applyView(store, readViewParams(location.search));
  };
  // in a task of its own, once a burst of changes is over: replacing the address takes the
  // browser some 20-30 ms, which a click would otherwise wait for before its result is drawn
  let pending: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    if (pending !== null) return;
    pending = setTimeout(() => {
      pending = null;
      const next = withViewParams(location.href, viewOf(store.getState()));
      if (next !== location.href) history.replaceState(history.state, "", next);
    }, writeAfter);
  };
  if (!applied.has(store) && store.getState().source !== null) apply();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.source === null) return;
    if (!applied.has(store)) {
      apply();
      write();
      return;
    }
    if (shownChanged(state, previous)) write();
  });
  return () => {
    unsubscribe();
    if (pending !== null) clearTimeout(pending);
  };
}

function applyView(store: StoreApi<EditorStore>, wanted: ViewParams): void {
  const state = store.getState();
  const workspace = selectWorkspace(state);
  if (wanted.env !== null && workspace.environments.includes(wanted.env)) {
    state.setEnv(wanted.env);
  }
  const types = knownTypes(workspace);
  const hide = wanted.hide.filter((type) => types.has(type));
  if (hide.length > 0) state.setHiddenTypes(hide);
  if (wanted.issues !== "all") state.setIssueFilter(wanted.issues);

  const now = store.getState();
  const ids = new Set(selectGraph(now).nodes.map((node) => node.id));
  const select = wanted.select !== null && ids.has(wanted.select) ? wanted.select : null;
  if (select === null) return;
  const trace =
    wanted.trace !== null && wanted.trace !== select && ids.has(wanted.trace) ? wanted.trace : null;
  // focus mode fits its own graph, which has the selection in it; otherwise the view centres it
  now.select(select, { focus: wanted.focus === null });
  if (trace !== null) {
    now.selectNodes(select, [trace]);
    now.setTrace({ from: select, to: trace });
  }
  if (wanted.focus !== null) now.setFocusDepth(wanted.focus);
}

/** Types a filter can name: the catalog's and those of components of unknown types. */
function knownTypes(workspace: Workspace): Set<string> {
  const types = new Set(workspace.catalog.types.keys());
  for (const component of workspace.components) types.add(component.type);
  return types;
}

function viewOf(state: EditorStore): ViewParams {
  return {
    env: state.env,
    select: state.selection,
    trace: selectTrace(state)?.to ?? null,
    focus: state.selection === null ? null : state.focusDepth,
    hide: state.hiddenTypes,
    issues: state.issueFilter,
  };
}

function shownChanged(state: EditorStore, previous: EditorStore): boolean {
  return (
    state.env !== previous.env ||
    state.selection !== previous.selection ||
    state.alsoSelected !== previous.alsoSelected ||
    state.trace !== previous.trace ||
    state.focusDepth !== previous.focusDepth ||
    state.hiddenTypes !== previous.hiddenTypes ||
    state.issueFilter !== previous.issueFilter
  );
}
