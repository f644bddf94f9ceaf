import type { Component, Workspace } from "./workspace.ts";

/**
 * What changed between a workspace and the one it was loaded from: the components that are new
 * objects (added, or changed: their file's text differs) and the ones that are gone (removed, or
 * replaced by a changed one). Every other component is the very same object in both, which lets
 * the caches downstream (references, issues, graphs) keep what they found for it.
 */
export interface WorkspaceDelta {
  previous: Workspace;
  added: readonly Component[];
  removed: readonly Component[];
}

const deltas = new WeakMap<Workspace, WorkspaceDelta>();

export function recordDelta(workspace: Workspace, delta: WorkspaceDelta): void {
  // one link back only: a long session must not keep every version of the repository alive
  deltas.delete(delta.previous);
  deltas.set(workspace, delta);
}

/** The delta a workspace was loaded with, when it was loaded from a previous one with its catalog. */
export function deltaOf(workspace: Workspace): WorkspaceDelta | undefined {
  return deltas.get(workspace);
}
