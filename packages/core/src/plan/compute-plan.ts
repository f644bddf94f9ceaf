import { compareStrings } from "../compare.ts";
import { adjacencyOf } from "../graph/adjacency.ts";
import { buildGraph } from "../graph/build-graph.ts";
import { normaliseMatchValue } from "../graph/extract-references.ts";
import type { Graph } from "../graph/graph.ts";
import { orderedWaves } from "../graph/ordered-waves.ts";
import { type ResolvedReference, resolveReferences } from "../graph/resolve-references.ts";
import { dependencyCycles } from "../graph/strongly-connected.ts";
import type { Issue } from "../issues/issue.ts";
import { type FileMap, ownValue } from "../json.ts";
import { componentId } from "../repo/component-id.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { notReadCovering } from "../repo/not-read.ts";
import type { Component, Workspace } from "../repo/workspace.ts";
import { deltaOf } from "../repo/workspace-delta.ts";
import { diffConfig } from "./diff-config.ts";
import type { Plan, PlanAction, PlanConsequence, PlanWave } from "./plan.ts";

export interface PlanOptions {
  /** Plan one environment; all of them when absent. */
  env?: string | undefined;
}

/**
 * What a plan sees around the repository it plans: nothing for a repository alone; in a
 * workspace of several, the graphs across them (so waves and consequences follow references
 * into the others) and the references of every repository (so a deleted component that another
 * repository still reads is an error).
 */
export interface PlanSurroundings {
  /** The graph of an environment with `workspace` (the baseline or the desired) as the planned repository. */
  graph(workspace: Workspace, env: string): Graph;
  /** The desired references of an environment, each with the file its issue names. */
  references(
    desired: Workspace,
    env: string,
  ): Iterable<{ reference: ResolvedReference; file: string }>;
  /** How issues name a file of the planned repository. */
  file(path: string): string;
}

const alone: PlanSurroundings = {
  graph: buildGraph,
  *references(desired, env) {
    for (const reference of resolveReferences(desired, env).references)
      yield { reference, file: reference.dependent.file };
  },
  file: (path) => path,
};

const workspaces = new WeakMap<FileMap, Workspace>();

function workspaceOf(files: FileMap | Workspace): Workspace {
  if (isWorkspace(files)) return files;
  let workspace = workspaces.get(files);
  if (!workspace) {
    workspace = loadWorkspace(files);
    workspaces.set(files, workspace);
  }
  return workspace;
}

function isWorkspace(value: FileMap | Workspace): value is Workspace {
  return (
    Array.isArray((value as Workspace).components) && typeof (value as Workspace).files === "object"
  );
}

/**
 * What deploying `desired` over `baseline` would do: an action per component with its field
 * changes, the deploy order in waves (destroys first, dependents before what they depend on;
 * then creates and updates, dependencies first), and the unchanged components whose inputs may
 * change as a consequence. Pure and deterministic.
 */
export function computePlan(
  baseline: FileMap | Workspace,
  desired: FileMap | Workspace,
  options: PlanOptions = {},
): Plan {
  return planIn(workspaceOf(baseline), workspaceOf(desired), options, alone);
}

/** `computePlan` of workspaces, seeing past the planned repository through `around`. */
export function planIn(
  before: Workspace,
  after: Workspace,
  options: PlanOptions,
  around: PlanSurroundings,
): Plan {
  const environments =
    options.env !== undefined
      ? [options.env]
      : [...new Set([...before.environments, ...after.environments])].sort(compareStrings);
  const plan: Plan = {
    actions: [],
    waves: [],
    consequences: [],
    issues: [],
    summary: { create: 0, update: 0, delete: 0, noOp: 0, unknown: 0, consequences: 0 },
  };
  for (const env of environments) planEnvironment(before, after, env, plan, around);
  for (const action of plan.actions) {
    if (action.action === "no-op") plan.summary.noOp++;
    else plan.summary[action.action]++;
  }
  plan.summary.consequences = plan.consequences.length;
  return plan;
}

function planEnvironment(
  before: Workspace,
  after: Workspace,
  env: string,
  plan: Plan,
  around: PlanSurroundings,
): void {
  const old = byId(before, env);
  const next = byId(after, env);
  const applied = new Set<string>();
  const deleted = new Set<string>();
  for (const id of sortedIds(before, after, env, old, next)) {
    const reason = unknownReason(before, after, old.get(id), next.get(id));
    const action =
      reason === null
        ? cachedAction(env, old.get(id), next.get(id))
        : unknownAction(env, reason, old.get(id), next.get(id));
    plan.actions.push(action);
    if (action.action === "delete") deleted.add(id);
    else if (action.action === "unknown")
      plan.issues.push(notPlanned(action, reason!, around.file(action.file)));
    else if (action.action !== "no-op") applied.add(id);
  }
  const oldGraph = around.graph(before, env);
  const newGraph = around.graph(after, env);

  const destroyWaves = orderedWaves(oldGraph, deleted).reverse();
  addWaves(plan, env, "destroy", destroyWaves, oldGraph, old, around.file);
  addWaves(plan, env, "apply", orderedWaves(newGraph, applied), newGraph, next, around.file);

  const changed = new Set([...applied, ...deleted]);
  const found = new Map<string, PlanConsequence>();
  for (const [graph, causes] of [
    [newGraph, applied],
    [oldGraph, deleted],
  ] as const) {
    for (const consequence of consequencesOf(graph, causes, changed, env)) {
      const id = consequence.component;
      if (found.has(id)) continue;
      if (next.has(id)) found.set(id, consequence);
      else {
        // or a component of another repository of the workspace, after the change
        const repo = nodeRepositories(newGraph).get(id);
        if (repo !== undefined) found.set(id, { ...consequence, repo });
      }
    }
  }
  plan.consequences.push(
    ...[...found.values()].sort((a, b) => compareStrings(a.component, b.component)),
  );
  if (deleted.size > 0)
    plan.issues.push(...referencesToDeleted(around.references(after, env), env, deleted, old));
}

/**
 * Why a component cannot be planned, or null: a side whose file was not read or is not a JSON
 * object, or a side that is missing only because the path was not read there (a plan never
 * creates or deletes what it could not read).
 */
function unknownReason(
  before: Workspace,
  after: Workspace,
  old: Component | undefined,
  next: Component | undefined,
): string | null {
  if (next && next.config === null) return unreadable(next, "");
  if (old && old.config === null) return unreadable(old, "in the base, ");
  if (old && !next) {
    const entry = notReadCovering(after.notRead, old.file);
    if (entry) return `${entry.path} was not read (${entry.message})`;
  }
  if (next && !old) {
    const entry = notReadCovering(before.notRead, next.file);
    if (entry) return `in the base, ${entry.path} was not read (${entry.message})`;
  }
  return null;
}

function unreadable(component: Component, where: string): string {
  if (component.notRead !== undefined)
    return `${where}${component.file} was not read (${component.notRead})`;
  const error = component.document.error;
  return error
    ? `${where}${component.file} is not valid JSON (${error.line}:${error.column} ${error.message})`
    : `${where}${component.file} is not a JSON object`;
}

function unknownAction(
  env: string,
  reason: string,
  before: Component | undefined,
  after: Component | undefined,
): PlanAction {
  return { ...actionBase(env, (after ?? before)!), action: "unknown", changes: [], reason };
}

function notPlanned(action: PlanAction, reason: string, file: string): Issue {
  return {
    severity: "error",
    code: "not-planned",
    component: action.component,
    env: action.env,
    file,
    line: 1,
    column: 1,
    path: "",
    message: `${action.component} cannot be planned: ${reason}; nothing is created, updated or deleted for it`,
  };
}

function actionBase(env: string, component: Component) {
  return {
    component: component.id,
    env,
    type: component.type,
    nickname: component.nickname,
    file: component.file,
  };
}

function actionFor(
  env: string,
  before: Component | undefined,
  after: Component | undefined,
): PlanAction {
  const base = actionBase(env, (after ?? before)!);
  // a create or a delete lists the config key by key, like an update
  if (!before) return { ...base, action: "create", changes: diffConfig({}, after!.config ?? {}) };
  if (!after) return { ...base, action: "delete", changes: diffConfig(before.config ?? {}, {}) };
  if (before.document.text === after.document.text)
    return { ...base, action: "no-op", changes: [] };
  // both configs are objects here: unknownReason took every other case
  const changes = diffConfig(before.config ?? {}, after.config ?? {});
  return { ...base, action: changes.length > 0 ? "update" : "no-op", changes };
}

function addWaves(
  plan: Plan,
  env: string,
  phase: PlanWave["phase"],
  waves: string[][],
  graph: Graph,
  byId: Map<string, Component>,
  file: (path: string) => string,
): void {
  if (waves.length === 0) return;
  const inCycle = new Set(dependencyCycles(graph).flat());
  for (const components of waves) {
    const cycle = components.some((id) => inCycle.has(id));
    plan.waves.push({ env, index: plan.waves.length + 1, phase, components, cycle });
    if (!cycle) continue;
    // the issue points at the first component of the cycle, so it has a file to open
    const first = byId.get(components.find((id) => inCycle.has(id))!)!;
    plan.issues.push({
      severity: "warning",
      code: "dependency-cycle",
      component: first.id,
      env,
      file: file(first.file),
      line: 1,
      column: 1,
      path: "",
      message: `wave ${plan.waves.length} (${phase}) holds a dependency cycle and cannot be ordered: ${components.join(", ")}`,
    });
  }
}

/** Unchanged components downstream of the causes, each with its nearest cause and the path to it. */
function consequencesOf(
  graph: Graph,
  causes: Set<string>,
  changed: Set<string>,
  env: string,
): PlanConsequence[] {
  const { dependents } = adjacencyOf(graph);
  const parent = new Map<string, string>();
  const cause = new Map<string, string>();
  let frontier = [...causes].sort(compareStrings);
  for (const id of frontier) cause.set(id, id);
  const result: PlanConsequence[] = [];
  while (frontier.length > 0) {
    const nextFrontier: string[] = [];
    for (const id of frontier) {
      for (const edge of dependents.get(id) ?? []) {
        const dependent = edge.dependent;
        if (cause.has(dependent)) continue;
        cause.set(dependent, cause.get(id)!);
        parent.set(dependent, id);
        nextFrontier.push(dependent);
        if (changed.has(dependent)) continue;
        const path = [dependent];
        for (let step = id; ; step = parent.get(step)!) {
          path.push(step);
          if (!parent.has(step)) break;
        }
        result.push({ component: dependent, env, cause: cause.get(id)!, path });
      }
    }
    frontier = nextFrontier;
  }
  return result;
}

const nodeRepositoryCache = new WeakMap<Graph, Map<string, string>>();

/** The repository of each component node that carries one, by id. */
function nodeRepositories(graph: Graph): Map<string, string> {
  let repos = nodeRepositoryCache.get(graph);
  if (!repos) {
    repos = new Map();
    for (const node of graph.nodes)
      if (!node.external && node.repo !== undefined) repos.set(node.id, node.repo);
    nodeRepositoryCache.set(graph, repos);
  }
  return repos;
}

/** References in the desired config to a component this change deletes: the deploy would break. */
function referencesToDeleted(
  references: Iterable<{ reference: ResolvedReference; file: string }>,
  env: string,
  deleted: Set<string>,
  old: Map<string, Component>,
): Issue[] {
  const issues: Issue[] = [];
  for (const { reference, file } of references) {
    if (reference.status !== "external") continue;
    const gone = deletedTarget(reference, deleted, old);
    if (!gone) continue;
    const dependent = reference.dependent;
    issues.push({
      severity: "error",
      code: "missing-reference",
      component: dependent.id,
      env,
      file,
      ...dependent.document.positionOf(reference.path),
      path: reference.key,
      message: `${gone} is deleted by this change but ${dependent.id} still refers to it through ${reference.key}`,
    });
  }
  return issues;
}

function deletedTarget(
  reference: ResolvedReference,
  deleted: Set<string>,
  old: Map<string, Component>,
): string | undefined {
  const target = reference.target;
  if (target.by === "id") {
    const id = componentId(target.type, target.nickname);
    return deleted.has(id) ? id : undefined;
  }
  const wanted = normaliseMatchValue(target.value, target.compare);
  return [...deleted].find((id) => {
    const component = old.get(id);
    const value =
      component?.type === target.type && component.config
        ? ownValue(component.config, target.field)
        : undefined;
    return typeof value === "string" && normaliseMatchValue(value, target.compare) === wanted;
  });
}

const byIdCache = new WeakMap<Workspace, Map<string, Map<string, Component>>>();

/** The components of one environment by id, built once per workspace. */
function byId(workspace: Workspace, env: string): Map<string, Component> {
  let byEnv = byIdCache.get(workspace);
  if (!byEnv) {
    byEnv = new Map();
    byIdCache.set(workspace, byEnv);
  }
  let map = byEnv.get(env);
  if (!map) {
    map = fromDelta(workspace, env) ?? byIdOf(workspace.components, env);
    byEnv.set(env, map);
  }
  return map;
}

function byIdOf(components: readonly Component[], env: string): Map<string, Component> {
  const map = new Map<string, Component>();
  for (const component of components) if (component.env === env) map.set(component.id, component);
  return map;
}

/** The map of the workspace this one was loaded from, with the components that changed. */
function fromDelta(workspace: Workspace, env: string): Map<string, Component> | undefined {
  const delta = deltaOf(workspace);
  const earlier = delta && byIdCache.get(delta.previous)?.get(env);
  if (!delta || !earlier) return undefined;
  const added = delta.added.filter((component) => component.env === env);
  // an id two components share (defined in two repositories): which one a whole build keeps
  // depends on their order, so it is built whole
  const removed = new Set(delta.removed);
  for (const component of added) {
    const was = earlier.get(component.id);
    if (was !== undefined && !removed.has(was)) return undefined;
  }
  for (const component of delta.removed) {
    if (component.env === env && earlier.get(component.id) !== component) return undefined;
  }
  const map = new Map(earlier);
  const kept = new Set(added.map((component) => component.id));
  for (const component of delta.removed) {
    if (component.env === env && !kept.has(component.id)) map.delete(component.id);
  }
  for (const component of added) map.set(component.id, component);
  return map;
}

const sortedIdsCache = new WeakMap<Workspace, Map<string, { before: Workspace; ids: string[] }>>();

/**
 * The ids of an environment on either side, sorted: those of the plan of the workspace `after`
 * was loaded from when its edits only changed components (the ids are the same).
 */
function sortedIds(
  before: Workspace,
  after: Workspace,
  env: string,
  old: Map<string, Component>,
  next: Map<string, Component>,
): string[] {
  let byEnv = sortedIdsCache.get(after);
  if (!byEnv) {
    byEnv = new Map();
    sortedIdsCache.set(after, byEnv);
  }
  const known = byEnv.get(env);
  if (known?.before === before) return known.ids;
  const delta = deltaOf(after);
  const earlier = delta && sortedIdsCache.get(delta.previous)?.get(env);
  const ids =
    delta && earlier?.before === before && onlyChanged(delta.added, delta.removed, env)
      ? earlier.ids
      : [...new Set([...old.keys(), ...next.keys()])].sort(compareStrings);
  byEnv.set(env, { before, ids });
  return ids;
}

/** Whether the components added in `env` are the ones removed there, changed: the same ids. */
function onlyChanged(
  added: readonly Component[],
  removed: readonly Component[],
  env: string,
): boolean {
  const ids = (components: readonly Component[]) =>
    components
      .filter((component) => component.env === env)
      .map((component) => component.id)
      .sort(compareStrings)
      .join("\u0000");
  return ids(added) === ids(removed);
}

// components are the same objects across edits while their files are: so are their actions
const actions = new WeakMap<Component, WeakMap<Component, PlanAction>>();
const created = new WeakMap<Component, PlanAction>();
const destroyed = new WeakMap<Component, PlanAction>();

/** `actionFor`, kept per pair of components, so an edit plans only what it changed. */
function cachedAction(
  env: string,
  before: Component | undefined,
  after: Component | undefined,
): PlanAction {
  const cache = !before ? created : !after ? destroyed : undefined;
  const key = (after ?? before)!;
  if (cache) {
    let action = cache.get(key);
    if (!action) {
      action = actionFor(env, before, after);
      cache.set(key, action);
    }
    return action;
  }
  let byBefore = actions.get(after!);
  if (!byBefore) {
    byBefore = new WeakMap();
    actions.set(after!, byBefore);
  }
  let action = byBefore.get(before!);
  if (!action) {
    action = actionFor(env, before, after);
    byBefore.set(before!, action);
  }
  return action;
}
