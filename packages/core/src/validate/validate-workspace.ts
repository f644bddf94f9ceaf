import { checkConfig } from "../catalog/check-config.ts";
import { compareStrings } from "../compare.ts";
import { someOf } from "../format/some-of.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { Graph } from "../graph/graph.ts";
import {
  type ComponentReferences,
  referencesByComponent,
  resolvedFrom,
  resolveInSteps,
  resolveReferences,
} from "../graph/resolve-references.ts";
import { dependencyCycles } from "../graph/strongly-connected.ts";
import type { Issue } from "../issues/issue.ts";
import type { Component, Workspace } from "../repo/workspace.ts";
import { type DuplicateName, duplicateNames } from "./duplicate-names.ts";
import { findDuplicateKeys } from "./find-duplicate-keys.ts";

export interface ValidateOptions {
  /** Only this environment's components (and files that belong to no environment). */
  env?: string | undefined;
}

/**
 * Where validation reads a workspace's references and the graph its cycles are found in: the
 * workspace's own, or those of a workspace of several repositories.
 */
export interface ValidationView {
  references(env: string): ReadonlyMap<Component, ComponentReferences>;
  graph(env: string): Graph;
}

const cache = new WeakMap<Workspace, Map<string, Issue[]>>();
const allEnvironments = "\u0000all";

/**
 * Every problem of a workspace, sorted by file and position: what reading found, schema
 * violations, references, cycles, unknown types and keys. Memoised per workspace.
 */
export function validateWorkspace(workspace: Workspace, options: ValidateOptions = {}): Issue[] {
  const cacheKey = options.env ?? allEnvironments;
  let byEnv = cache.get(workspace);
  if (!byEnv) {
    byEnv = new Map();
    cache.set(workspace, byEnv);
  }
  let issues = byEnv.get(cacheKey);
  if (!issues) {
    issues = validateInView(workspace, options, ownView(workspace));
    byEnv.set(cacheKey, issues);
  }
  return issues;
}

function ownView(workspace: Workspace): ValidationView {
  return {
    references: (env) => referencesByComponent(workspace, env),
    graph: (env) => buildGraph(workspace, env),
  };
}

/** `validateWorkspace` with the references and graphs of a view, not memoised. */
export function validateInView(
  workspace: Workspace,
  options: ValidateOptions,
  view: ValidationView,
): Issue[] {
  const onlyEnv = options.env;
  const environments = onlyEnv === undefined ? workspace.environments : [onlyEnv];
  const accountFiles = new Map(
    workspace.accountEnvironments.map((account) => [account.file, account.environment]),
  );
  const issues = workspace.readIssues.filter((issue) => {
    if (onlyEnv === undefined) return true;
    if (issue.env !== null) return issue.env === onlyEnv;
    const accountEnv = accountFiles.get(issue.file);
    return accountEnv === undefined || accountEnv === onlyEnv;
  });
  for (const env of environments) {
    const { components } = resolveReferences(workspace, env);
    const byComponent = view.references(env);
    for (const component of components) {
      issues.push(...componentIssues(workspace, component));
      issues.push(...referenceIssues(component, byComponent.get(component)!));
    }
    for (const { component, field, value, group } of duplicateNamesOf(workspace, env)) {
      const others = someOf(group.filter((id) => id !== component.id));
      issues.push(
        at(
          component,
          [field],
          "warning",
          "duplicate-name",
          `${field} ${JSON.stringify(value)} is also the ${field} of ${others}; references by ${field} cannot tell them apart`,
        ),
      );
    }
    issues.push(...cycleIssues(view.graph(env), components));
  }
  return issues.sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareStrings(a.code, b.code),
  );
}

// a component object is only reused while the catalog is the same, so it alone is the key
const componentIssueCache = new WeakMap<Component, Issue[]>();

/**
 * The work of `validateWorkspace(workspace)` in slices: each `next()` checks `size` components'
 * own config, resolves `size` components' references or checks what `size` components reference;
 * one step builds an environment's graph, and the last validates the rest (cycles, duplicates)
 * with all that found memoised. An editor spreads a large workspace's validation over several
 * tasks this way.
 */
export function* validateInSteps(workspace: Workspace, size: number): Generator<void, Issue[]> {
  if (cache.get(workspace)?.has(allEnvironments)) return validateWorkspace(workspace);
  let sliced = 0;
  for (const component of workspace.components) {
    if (++sliced > size) {
      sliced = 1;
      yield;
    }
    componentIssues(workspace, component);
  }
  for (const env of workspace.environments) {
    yield;
    yield* resolveInSteps(workspace, env, size);
    // the graph the cycles are found in: the largest piece of what is left, in a step of its own
    yield;
    buildGraph(workspace, env);
    yield;
    sliced = 0;
    const byComponent = referencesByComponent(workspace, env);
    for (const component of resolveReferences(workspace, env).components) {
      if (++sliced > size) {
        sliced = 1;
        yield;
      }
      referenceIssues(component, byComponent.get(component)!);
    }
  }
  yield;
  return validateWorkspace(workspace);
}

/** What is wrong with a component's own config: duplicate keys, the schema of its type. */
function componentIssues(workspace: Workspace, component: Component): Issue[] {
  let issues = componentIssueCache.get(component);
  if (!issues) {
    issues = checkComponent(workspace, component);
    componentIssueCache.set(component, issues);
  }
  return issues;
}

const referenceIssueCache = new WeakMap<ComponentReferences, Issue[]>();

/** What is wrong with what a component references: malformed, ambiguous, wrong type, missing. */
function referenceIssues(component: Component, found: ComponentReferences): Issue[] {
  let issues = referenceIssueCache.get(found);
  if (issues) return issues;
  issues = [];
  for (const reference of found.malformed) {
    issues.push(at(component, reference.path, "error", "invalid-value", reference.message));
  }
  for (const reference of found.references) {
    const target = reference.target;
    const named =
      target.by === "id"
        ? reference.dependency
        : `${target.type} with ${target.field} ${JSON.stringify(target.value)}`;
    if (reference.ambiguousWith.length > 0) {
      const all = someOf([reference.dependency, ...reference.ambiguousWith]);
      issues.push(
        at(
          component,
          reference.path,
          "warning",
          "ambiguous-reference",
          `${reference.key} matches ${reference.ambiguousWith.length + 1} components (${all}); it is read as ${reference.dependency}, the first by name: make their ${target.by === "field" ? target.field : "names"} unique`,
        ),
      );
    }
    if (reference.status === "wrong-type") {
      issues.push(
        at(
          component,
          reference.path,
          "error",
          "wrong-reference-type",
          `${reference.key} must point at a ${reference.accepts}, but points at ${named} (a ${target.type})`,
        ),
      );
    } else if (reference.status === "external") {
      const where = reference.foundInEnv
        ? `; ${reference.dependency} exists in environment ${reference.foundInEnv}`
        : "";
      issues.push(
        at(
          component,
          reference.path,
          "warning",
          "missing-reference",
          `${reference.key} refers to ${named}, which is not in environment ${component.env} (shown as external${where})`,
        ),
      );
    }
  }
  referenceIssueCache.set(found, issues);
  return issues;
}

const duplicateNameCache = new WeakMap<Workspace, Map<string, DuplicateName[]>>();

/**
 * The components of an environment that name matches cannot tell apart: the earlier workspace's
 * (for the components of this one) when the change moved no name.
 */
function duplicateNamesOf(workspace: Workspace, env: string): DuplicateName[] {
  let byEnv = duplicateNameCache.get(workspace);
  if (!byEnv) {
    byEnv = new Map();
    duplicateNameCache.set(workspace, byEnv);
  }
  let found = byEnv.get(env);
  if (found) return found;
  const from = resolvedFrom(workspace, env);
  const { components } = resolveReferences(workspace, env);
  if (from) {
    const byId = new Map(components.map((component) => [component.id, component]));
    found = duplicateNamesOf(from.previous, env).map((duplicate) => ({
      ...duplicate,
      component: byId.get(duplicate.component.id)!,
    }));
  } else {
    found = duplicateNames(workspace.catalog, components);
  }
  byEnv.set(env, found);
  return found;
}

function checkComponent(workspace: Workspace, component: Component): Issue[] {
  const issues: Issue[] = [];
  for (const duplicate of findDuplicateKeys(component.document)) {
    issues.push({
      ...at(
        component,
        [],
        "warning",
        "duplicate-key",
        `key '${duplicate.path.join(".")}' appears more than once; only the last one counts`,
      ),
      ...component.document.positionAt(duplicate.offset),
      path: duplicate.path.join("."),
    });
  }
  if (!component.config) return issues;
  const definition = workspace.catalog.types.get(component.type);
  if (!definition) {
    issues.push(
      at(
        component,
        [],
        "warning",
        "unknown-type",
        `unknown component type '${component.type}': its config is kept as is but not checked (define it in .karma/types/${component.type}.json)`,
      ),
    );
    return issues;
  }
  for (const problem of checkConfig(definition, component.config)) {
    const severity = problem.code === "unknown-key" ? "info" : "error";
    issues.push(at(component, problem.path, severity, problem.code, problem.message));
  }
  return issues;
}

function cycleIssues(graph: Graph, components: Component[]): Issue[] {
  const cycles = dependencyCycles(graph);
  if (cycles.length === 0) return [];
  const byId = new Map(components.map((component) => [component.id, component]));
  const issues: Issue[] = [];
  for (const members of cycles) {
    const loop = [...members, members[0]].join(" → ");
    for (const id of members) {
      const component = byId.get(id);
      if (!component) continue;
      const edge = graph.edges.find(
        (candidate) => candidate.dependent === id && members.includes(candidate.dependency),
      );
      issues.push(
        at(
          component,
          edge ? edge.key.split(".") : [],
          "warning",
          "dependency-cycle",
          `dependency cycle: ${loop}; these components cannot be deployed in order`,
        ),
      );
    }
  }
  return issues;
}

function at(
  component: Component,
  path: readonly (string | number)[],
  severity: Issue["severity"],
  code: Issue["code"],
  message: string,
): Issue {
  return {
    severity,
    code,
    component: component.id,
    env: component.env,
    file: component.file,
    ...component.document.positionOf(path),
    path: path.join("."),
    message,
  };
}
