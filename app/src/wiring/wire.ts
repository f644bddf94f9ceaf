import {
  type Component,
  connect,
  disconnect,
  type FileMap,
  type GraphEdge,
  type ReferenceSlot,
  referenceSlots,
  type SlotsResult,
  type Workspace,
} from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../store/create-editor-store.ts";
import { selectGraph, selectWorkspace } from "../store/selectors.ts";

const checks = new WeakMap<Workspace, Map<string, SlotsResult>>();
const byId = new WeakMap<Workspace, Map<string, Component>>();

function componentOf(workspace: Workspace, env: string, id: string): Component | undefined {
  let map = byId.get(workspace);
  if (!map) {
    map = new Map(
      workspace.components.map((component) => [`${component.env}:${component.id}`, component]),
    );
    byId.set(workspace, map);
  }
  return map.get(`${env}:${id}`);
}

/**
 * Whether `dependent` may reference `provider` in the shown environment, and through which
 * keys. Memoised per workspace, so canvas nodes can ask while a connection is dragged.
 */
export function checkConnection(
  state: EditorStore,
  dependent: string,
  provider: string,
): SlotsResult {
  const workspace = selectWorkspace(state);
  const env = state.env ?? "";
  let cache = checks.get(workspace);
  if (!cache) {
    cache = new Map();
    checks.set(workspace, cache);
  }
  const key = `${env}:${dependent}<-${provider}`;
  let result = cache.get(key);
  if (!result) {
    result = check(workspace, env, dependent, provider);
    cache.set(key, result);
  }
  return result;
}

/**
 * Which way a connection between two components goes: `dependent` on `provider` as dragged, or
 * the reverse when only the reverse is allowed (a user dragging from the vpc to the cluster
 * means the cluster depends on the vpc, whichever handle they took). Refused both ways, it
 * stays as dragged, so the reason given is about what the user did.
 */
export function orientConnection(
  state: EditorStore,
  dependent: string,
  provider: string,
): { dependent: string; provider: string; checked: SlotsResult } {
  const checked = checkConnection(state, dependent, provider);
  if (checked.ok) return { dependent, provider, checked };
  const reverse = checkConnection(state, provider, dependent);
  return reverse.ok
    ? { dependent: provider, provider: dependent, checked: reverse }
    : { dependent, provider, checked };
}

function check(
  workspace: Workspace,
  env: string,
  dependent: string,
  provider: string,
): SlotsResult {
  const from = componentOf(workspace, env, dependent);
  const to = componentOf(workspace, env, provider);
  if (!from) return { ok: false, reason: `${dependent} has no config file in ${env} to write to.` };
  if (!to) return { ok: false, reason: `${provider} is not a component of ${env}.` };
  return referenceSlots(workspace.catalog, from, to);
}

/**
 * Makes `dependent` reference `provider` as one undo step. With several keys that fit and none
 * chosen, asks the user to choose (the slot chooser) and changes nothing yet. Returns why the
 * connection was refused, or null.
 */
export function makeConnection(
  store: StoreApi<EditorStore>,
  dependent: string,
  provider: string,
  chosen?: ReferenceSlot,
): string | null {
  const state = store.getState();
  const checked = checkConnection(state, dependent, provider);
  if (!checked.ok) return checked.reason;
  const slot = chosen ?? (checked.slots.length === 1 ? checked.slots[0] : undefined);
  if (!slot) {
    state.setPendingConnection({ dependent, provider, slots: checked.slots });
    return null;
  }
  const workspace = selectWorkspace(state);
  const env = state.env ?? "";
  const file = componentOf(workspace, env, dependent)!.file;
  const result = connect(state.files, {
    file,
    slot,
    provider: componentOf(workspace, env, provider)!,
  });
  if (!result.ok) return result.error;
  state.edit(`Connected ${dependent} → ${provider} via ${slot.key}`, result.files);
  return null;
}

/** The graph edges of the shown environment behind React Flow edge ids. */
export function edgesOf(state: EditorStore, ids: readonly string[]): GraphEdge[] {
  const wanted = new Set(ids);
  return selectGraph(state).edges.filter((edge) => wanted.has(edgeId(edge)));
}

export function edgeId(edge: GraphEdge): string {
  return `${edge.dependent}->${edge.dependency}:${edge.key}`;
}

/** Clears the references behind edges, as one undo step. Returns why it could not, or null. */
export function removeConnections(
  store: StoreApi<EditorStore>,
  edges: readonly GraphEdge[],
): string | null {
  const state = store.getState();
  if (edges.length === 0) return null;
  const workspace = selectWorkspace(state);
  let files: FileMap = state.files;
  for (const edge of edges) {
    const component = componentOf(workspace, edge.env, edge.dependent);
    if (!component) return `${edge.dependent} has no config file in ${edge.env}.`;
    const result = disconnect(workspace.catalog, files, {
      file: component.file,
      type: component.type,
      key: edge.key,
    });
    if (!result.ok) return result.error;
    files = result.files;
  }
  const [first] = edges;
  state.edit(
    edges.length === 1 && first
      ? `Disconnected ${first.dependent} → ${first.dependency} (${first.key})`
      : `Disconnected ${edges.length} references`,
    files,
  );
  state.selectEdges([]);
  return null;
}
