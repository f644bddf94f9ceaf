import type { Catalog } from "../catalog/catalog.ts";
import { ownValue } from "../json.ts";
import { componentId } from "../repo/component-id.ts";
import type { Component, Workspace } from "../repo/workspace.ts";
import { deltaOf, type WorkspaceDelta } from "../repo/workspace-delta.ts";
import {
  type ExtractedReference,
  extractReferences,
  type MalformedReference,
  normaliseMatchValue,
} from "./extract-references.ts";

export interface ResolvedReference extends ExtractedReference {
  dependent: Component;
  /** Node id of the dependency: a component of the environment, or an external node. */
  dependency: string;
  /** `external`: nothing in this environment; `wrong-type`: the target's type is not accepted. */
  status: "resolved" | "external" | "wrong-type";
  /** For an external reference: the environment where a matching component exists, if any. */
  foundInEnv: string | null;
  /** Other components a name match fits just as well (the dependency is the first by id). */
  ambiguousWith: string[];
}

export interface EnvironmentReferences {
  env: string;
  components: Component[];
  references: ResolvedReference[];
  malformed: { component: Component; reference: MalformedReference }[];
}

/** What one component references: found once, kept while its targets stay where they were. */
export interface ComponentReferences {
  references: ResolvedReference[];
  malformed: MalformedReference[];
}

/** How the references of an environment were found, for the next workspace to start from. */
interface Resolution extends EnvironmentReferences {
  byComponent: Map<Component, ComponentReferences>;
  lookups: Lookups;
  /** The resolution this one took over unchanged components from, when it could. */
  from: Resolution | null;
}

interface Lookups {
  byId: Map<string, Component>;
  fields: FieldIndex;
  elsewhere: CrossEnvironmentLookup;
}

const cache = new WeakMap<Workspace, Map<string, Resolution>>();

/**
 * Every reference of one environment, resolved against its components. Memoised per workspace;
 * a workspace loaded from a previous one resolves only its changed components, as long as no
 * component was added or removed and no field that name matches read changed.
 */
export function resolveReferences(workspace: Workspace, env: string): EnvironmentReferences {
  return resolution(workspace, env);
}

/** The references of each component of the environment, by component. */
export function referencesByComponent(
  workspace: Workspace,
  env: string,
): ReadonlyMap<Component, ComponentReferences> {
  return resolution(workspace, env).byComponent;
}

/**
 * When the environment's references were found from an earlier workspace's (no component added
 * or removed, no name changed): that workspace, and each changed component with the one it
 * replaced. Null otherwise.
 */
export function resolvedFrom(
  workspace: Workspace,
  env: string,
): { previous: Workspace; changed: [before: Component, after: Component][] } | null {
  const current = resolution(workspace, env);
  const delta = deltaOf(workspace);
  if (!current.from || !delta) return null;
  const before = new Map(delta.removed.map((component) => [component.file, component]));
  const changed: [Component, Component][] = [];
  for (const component of delta.added) {
    if (component.env === env) changed.push([before.get(component.file)!, component]);
  }
  return { previous: delta.previous, changed };
}

function resolution(workspace: Workspace, env: string): Resolution {
  const steps = resolveInSteps(workspace, env, Number.POSITIVE_INFINITY);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The work of `resolveReferences(workspace, env)` in slices of `size` components: each `next()`
 * does one slice, and once done, the resolution is memoised as `resolveReferences` keeps it. An
 * editor spreads a large environment's resolution over several tasks this way.
 */
export function* resolveInSteps(
  workspace: Workspace,
  env: string,
  size: number,
): Generator<void, Resolution> {
  let byEnv = cache.get(workspace);
  if (!byEnv) {
    byEnv = new Map();
    cache.set(workspace, byEnv);
  }
  let resolved = byEnv.get(env);
  if (!resolved) {
    resolved = yield* resolve(workspace, env, size);
    byEnv.set(env, resolved);
  }
  return resolved;
}

function* resolve(workspace: Workspace, env: string, size: number): Generator<void, Resolution> {
  const components = workspace.components.filter((component) => component.env === env);
  const delta = deltaOf(workspace);
  const earlier =
    delta && !targetsMoved(workspace.catalog, delta) ? resolution(delta.previous, env) : null;
  const lookups = earlier?.lookups ?? {
    byId: new Map(components.map((component) => [component.id, component])),
    fields: new FieldIndex(components),
    elsewhere: new CrossEnvironmentLookup(workspace, env),
  };
  const result: Resolution = {
    env,
    components,
    references: [],
    malformed: [],
    byComponent: new Map(),
    lookups,
    from: earlier,
  };
  let sliced = 0;
  for (const component of components) {
    if (++sliced > size) {
      sliced = 1;
      yield;
    }
    const found =
      earlier?.byComponent.get(component) ?? resolveComponent(workspace, component, lookups);
    result.byComponent.set(component, found);
    for (const reference of found.malformed) result.malformed.push({ component, reference });
    for (const reference of found.references) result.references.push(reference);
  }
  return result;
}

function resolveComponent(
  workspace: Workspace,
  component: Component,
  { byId, fields, elsewhere }: Lookups,
): ComponentReferences {
  const definition = workspace.catalog.types.get(component.type);
  if (!definition) return { references: [], malformed: [] };
  const { references, malformed } = extractReferences(component, definition);
  const resolved: ResolvedReference[] = [];
  for (const reference of references) {
    const target = reference.target;
    const wrongType = reference.accepts !== "*" && target.type !== reference.accepts;
    if (target.by === "id") {
      const id = componentId(target.type, target.nickname);
      const found = byId.has(id);
      resolved.push({
        ...reference,
        dependent: component,
        dependency: id,
        status: wrongType ? "wrong-type" : found ? "resolved" : "external",
        foundInEnv: found ? null : elsewhere.byId(id),
        ambiguousWith: [],
      });
      continue;
    }
    const [match, ...others] = fields.find(target.type, target.field, target.compare, target.value);
    if (match) {
      resolved.push({
        ...reference,
        dependent: component,
        dependency: match.id,
        status: "resolved",
        foundInEnv: null,
        ambiguousWith: others.map((other) => other.id),
      });
      continue;
    }
    const [other] = elsewhere.byField(target.type, target.field, target.compare, target.value);
    resolved.push({
      ...reference,
      dependent: component,
      dependency: other
        ? other.id
        : componentId(target.type, normaliseMatchValue(target.value, target.compare)),
      status: "external",
      foundInEnv: other?.env ?? null,
      ambiguousWith: [],
    });
  }
  return { references: resolved, malformed };
}

/**
 * Whether a change can move what references find: a component added or removed (anywhere: the
 * other environments say where an external target lives), or a changed value of a field that a
 * name match reads (a zone's `zone_name`).
 */
export function targetsMoved(catalog: Catalog, delta: WorkspaceDelta): boolean {
  if (delta.added.length !== delta.removed.length) return true;
  const before = new Map(delta.removed.map((component) => [component.file, component]));
  const fields = nameFields(catalog);
  for (const next of delta.added) {
    const old = before.get(next.file);
    if (!old) return true;
    for (const field of fields.get(next.type) ?? []) {
      const was = old.config ? ownValue(old.config, field) : undefined;
      const is = next.config ? ownValue(next.config, field) : undefined;
      if (was !== is) return true;
    }
  }
  return false;
}

const nameFieldCache = new WeakMap<Catalog, Map<string, string[]>>();

/** The fields name matches read, by target type. */
function nameFields(catalog: Catalog): Map<string, string[]> {
  let fields = nameFieldCache.get(catalog);
  if (fields) return fields;
  fields = new Map();
  for (const definition of catalog.types.values()) {
    for (const reference of definition.references) {
      if (reference.kind !== "name-match") continue;
      const list = fields.get(reference.target) ?? [];
      if (!list.includes(reference.targetField)) list.push(reference.targetField);
      fields.set(reference.target, list);
    }
  }
  nameFieldCache.set(catalog, fields);
  return fields;
}

/** Components by the normalised value of one of their fields, built on first use. */
export class FieldIndex {
  readonly #components: Component[];
  readonly #indexes = new Map<string, Map<string, Component[]>>();

  constructor(components: Component[]) {
    this.#components = components;
  }

  /** Every component whose field matches, in the order given (by id), or none. */
  find(type: string, field: string, compare: "exact" | "dns", value: string): Component[] {
    return this.index(type, field, compare).get(normaliseMatchValue(value, compare)) ?? [];
  }

  /** The components of `type` by normalised `field` value. */
  index(type: string, field: string, compare: "exact" | "dns"): Map<string, Component[]> {
    const indexKey = `${type}\u0000${field}\u0000${compare}`;
    let index = this.#indexes.get(indexKey);
    if (!index) {
      index = new Map();
      for (const component of this.#components) {
        const fieldValue =
          component.type === type && component.config
            ? ownValue(component.config, field)
            : undefined;
        if (typeof fieldValue !== "string") continue;
        const normalised = normaliseMatchValue(fieldValue, compare);
        const matches = index.get(normalised);
        if (matches) matches.push(component);
        else index.set(normalised, [component]);
      }
      this.#indexes.set(indexKey, index);
    }
    return index;
  }
}

/** Finds what an unresolved reference names in the repository's other environments. */
class CrossEnvironmentLookup {
  readonly #workspace: Workspace;
  readonly #env: string;
  #ids: Map<string, string> | null = null;
  #fields: FieldIndex | null = null;

  constructor(workspace: Workspace, env: string) {
    this.#workspace = workspace;
    this.#env = env;
  }

  byId(id: string): string | null {
    if (!this.#ids) {
      this.#ids = new Map();
      for (const component of this.#others()) {
        if (!this.#ids.has(component.id)) this.#ids.set(component.id, component.env);
      }
    }
    return this.#ids.get(id) ?? null;
  }

  byField(type: string, field: string, compare: "exact" | "dns", value: string): Component[] {
    this.#fields ??= new FieldIndex(this.#others());
    return this.#fields.find(type, field, compare, value);
  }

  #others(): Component[] {
    return this.#workspace.components.filter((component) => component.env !== this.#env);
  }
}
