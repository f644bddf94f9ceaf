import {
  type GraphEdge,
  type ReferenceSlot,
  referenceSlots,
  type SlotsResult,
  type Workspace,
} from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { connectCommand } from "../commands/connect-components.ts";
import { disconnectCommand } from "../commands/disconnect-components.ts";
import { runCommand } from "../commands/run-command.ts";
import { componentOf } from "../model/component-of.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectGraph, selectWorkspace } from "../store/selectors.ts";

const checks = new WeakMap<Workspace, Map<string, SlotsResult>>();

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
 * Makes `dependent` reference `provider` (the connect command). With several keys that fit and
 * none chosen, asks the user to choose (the slot chooser) and changes nothing yet. Returns why
 * the connection was refused, or null.
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
  const outcome = runCommand(store, connectCommand, { dependent, provider, slot }, { quiet: true });
  return outcome.ok ? null : outcome.error;
}

/** The graph edges of the shown environment behind React Flow edge ids. */
export function edgesOf(state: EditorStore, ids: readonly string[]): GraphEdge[] {
  const wanted = new Set(ids);
  return selectGraph(state).edges.filter((edge) => wanted.has(edgeId(edge)));
}

export function edgeId(edge: GraphEdge): string {
  return `${edge.dependent}->${edge.dependency}:${edge.key}`;
}

/** Clears the references behind edges (the disconnect command) and the edge selection. */
export function removeConnections(store: StoreApi<EditorStore>, edges: readonly GraphEdge[]): void {
  if (edges.length === 0) return;
  if (runCommand(store, disconnectCommand, { edges }).ok) store.getState().selectEdges([]);
}
