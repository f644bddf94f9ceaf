import { compareStrings } from "../compare.ts";
import { adjacencyOf } from "../graph/adjacency.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { Graph } from "../graph/graph.ts";
import { dependencyCycles } from "../graph/strongly-connected.ts";
import { topologicalWaves } from "../graph/topological-waves.ts";
import type { Issue } from "../issues/issue.ts";
import type { FileMap } from "../json.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import type { Component, Workspace } from "../repo/workspace.ts";
import { diffConfig } from "./diff-config.ts";
import type { Plan, PlanAction, PlanConsequence, PlanWave } from "./plan.ts";

export interface PlanOptions {
  /** Plan one environment; all of them when absent. */
  env?: string | undefined;
}

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
    typeof (value as Workspace).files === "object" && Array.isArray((value as Workspace).components)
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
  const before = workspaceOf(baseline);
  const after = workspaceOf(desired);
  const environments =
    options.env !== undefined
      ? [options.env]
      : [...new Set([...before.environments, ...after.environments])].sort(compareStrings);
  const plan: Plan = {
    actions: [],
    waves: [],
    consequences: [],
    issues: [],
    summary: { create: 0, update: 0, delete: 0, noOp: 0, consequences: 0 },
  };
  for (const env of environments) planEnvironment(before, after, env, plan);
  for (const action of plan.actions) {
    if (action.action === "no-op") plan.summary.noOp++;
    else plan.summary[action.action]++;
  }
  plan.summary.consequences = plan.consequences.length;
  return plan;
}

function planEnvironment(before: Workspace, after: Workspace, env: string, plan: Plan): void {
  const old = byId(before.components, env);
  const next = byId(after.components, env);
  const ids = [...new Set([...old.keys(), ...next.keys()])].sort(compareStrings);
  const actions = new Map<string, PlanAction>();
  for (const id of ids) {
    const action = actionFor(env, old.get(id), next.get(id));
    actions.set(id, action);
    plan.actions.push(action);
  }
  const oldGraph = buildGraph(before, env);
  const newGraph = buildGraph(after, env);
  const changed = (kind: PlanAction["action"][]) =>
    new Set([...actions.values()].filter((a) => kind.includes(a.action)).map((a) => a.component));
  const applied = changed(["create", "update"]);
  const deleted = changed(["delete"]);

  addWaves(plan, env, "destroy", topologicalWaves(oldGraph).reverse(), deleted, oldGraph);
  addWaves(plan, env, "apply", topologicalWaves(newGraph), applied, newGraph);

  const affected = new Set([...applied, ...deleted]);
  const found = new Map<string, PlanConsequence>();
  for (const [graph, causes] of [
    [newGraph, applied],
    [oldGraph, deleted],
  ] as const) {
    for (const consequence of consequencesOf(graph, causes, affected, env)) {
      if (!found.has(consequence.component) && next.has(consequence.component)) {
        found.set(consequence.component, consequence);
      }
    }
  }
  plan.consequences.push(
    ...[...found.values()].sort((a, b) => compareStrings(a.component, b.component)),
  );

  // a reference that resolved to a deleted component and now resolves to nothing
  const externalIds = new Set(
    newGraph.nodes.filter((node) => node.external).map((node) => node.id),
  );
  const externalNow = new Set(
    newGraph.edges
      .filter((edge) => externalIds.has(edge.dependency))
      .map((edge) => `${edge.dependent}\u0000${edge.key}`),
  );
  for (const edge of oldGraph.edges) {
    if (!deleted.has(edge.dependency)) continue;
    const dependent = next.get(edge.dependent);
    if (!dependent || !externalNow.has(`${edge.dependent}\u0000${edge.key}`)) continue;
    plan.issues.push({
      severity: "error",
      code: "missing-reference",
      component: dependent.id,
      env,
      file: dependent.file,
      ...dependent.document.positionOf(edge.key.split(".")),
      path: edge.key,
      message: `${edge.dependency} is deleted by this change but ${dependent.id} still refers to it through ${edge.key}`,
    } satisfies Issue);
  }
}

function actionFor(
  env: string,
  before: Component | undefined,
  after: Component | undefined,
): PlanAction {
  const component = (after ?? before)!;
  const base = {
    component: component.id,
    env,
    type: component.type,
    nickname: component.nickname,
    file: component.file,
  };
  if (!before)
    return {
      ...base,
      action: "create",
      changes: diffConfig(undefined, after!.config ?? undefined),
    };
  if (!after)
    return {
      ...base,
      action: "delete",
      changes: diffConfig(before.config ?? undefined, undefined),
    };
  if (before.document.text === after.document.text)
    return { ...base, action: "no-op", changes: [] };
  const changes =
    before.config && after.config
      ? diffConfig(before.config, after.config)
      : [{ path: "", before: before.document.text, after: after.document.text }];
  return { ...base, action: changes.length > 0 ? "update" : "no-op", changes };
}

function addWaves(
  plan: Plan,
  env: string,
  phase: PlanWave["phase"],
  waves: string[][],
  members: Set<string>,
  graph: Graph,
): void {
  if (members.size === 0) return;
  const inCycle = new Set(dependencyCycles(graph).flat());
  for (const wave of waves) {
    const components = wave.filter((id) => members.has(id));
    if (components.length === 0) continue;
    const cycle = components.some((id) => inCycle.has(id));
    plan.waves.push({ env, index: plan.waves.length + 1, phase, components, cycle });
    if (cycle) {
      plan.issues.push({
        severity: "warning",
        code: "dependency-cycle",
        component: null,
        env,
        file: "",
        line: 1,
        column: 1,
        path: "",
        message: `wave ${plan.waves.length} (${phase}) holds a dependency cycle and cannot be ordered: ${components.join(", ")}`,
      });
    }
  }
}

/** Unchanged components downstream of the causes, each with its nearest cause and the path to it. */
function consequencesOf(
  graph: Graph,
  causes: Set<string>,
  affected: Set<string>,
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
        if (affected.has(dependent)) continue;
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

function byId(components: Component[], env: string): Map<string, Component> {
  return new Map(components.filter((c) => c.env === env).map((c) => [c.id, c]));
}
