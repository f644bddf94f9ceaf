import { compareStrings } from "../compare.ts";
import type { FileMap } from "../json.ts";
import { computePlan } from "../plan/compute-plan.ts";
import type { PlanAction } from "../plan/plan.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import type { NotReadPath } from "../repo/not-read.ts";
import type { Component, Workspace } from "../repo/workspace.ts";
import { findRenames } from "./find-renames.ts";
import type { ComponentChange } from "./history-change.ts";

/** The files a commit changed, on one side of it, and what was not read there. */
export interface ChangedSide {
  /** Only the changed paths that are files on this side. */
  files: FileMap;
  notRead: readonly NotReadPath[];
}

/**
 * The components a commit changed in one environment: a plan from the commit before, of the
 * changed files alone (the very actions the whole plan has for them, at the cost of what the
 * commit changed), with a file moved with the same text told as one rename. `changed` lists the
 * commit's paths: a component is listed only at or below one of them, so a file that stays
 * unreadable is not reported again by every later commit.
 */
export function componentChanges(
  before: ChangedSide,
  after: ChangedSide,
  env: string,
  changed: readonly string[],
): ComponentChange[] {
  const old = loadWorkspace(before.files, { notRead: before.notRead });
  const next = loadWorkspace(after.files, { notRead: after.notRead });
  const actions = computePlan(old, next, { env }).actions.filter(
    (action) => action.action !== "no-op" && changed.some((path) => covers(path, action.file)),
  );
  return withRenames(actions, old, next);
}

/** Whether a changed path is the file or a folder (or link) above it. */
function covers(path: string, file: string): boolean {
  return path === file || file.startsWith(`${path}/`);
}

function withRenames(
  actions: readonly PlanAction[],
  before: Workspace,
  after: Workspace,
): ComponentChange[] {
  const deletes = actions.filter((action) => action.action === "delete");
  const creates = actions.filter((action) => action.action === "create");
  if (deletes.length === 0 || creates.length === 0) return actions.map(componentChange);
  const old = byFile(before);
  const next = byFile(after);
  // the plan names only files of its workspaces
  const renames = findRenames(
    deletes.map((action) => old.get(action.file)!),
    creates.map((action) => next.get(action.file)!),
  );
  if (renames.length === 0) return actions.map(componentChange);
  const moved = new Set(renames.flatMap(({ from, to }) => [from.file, to.file]));
  return [
    ...actions.filter((action) => !moved.has(action.file)).map(componentChange),
    ...renames.map(
      ({ from, to }): ComponentChange => ({
        id: to.id,
        change: "rename",
        fields: [],
        from: from.id,
      }),
    ),
  ].sort((a, b) => compareStrings(a.id, b.id));
}

function componentChange(action: PlanAction): ComponentChange {
  const change: ComponentChange = {
    id: action.component,
    change: action.action as ComponentChange["change"],
    fields: action.changes,
  };
  if (action.reason !== undefined) change.reason = action.reason;
  return change;
}

function byFile(workspace: Workspace): Map<string, Component> {
  return new Map(workspace.components.map((component) => [component.file, component]));
}
