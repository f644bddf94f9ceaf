import { ownValue } from "../json.ts";
import { componentId } from "../repo/component-id.ts";
import type { Component, Workspace } from "../repo/workspace.ts";
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

const cache = new WeakMap<Workspace, Map<string, EnvironmentReferences>>();

/** Every reference of one environment, resolved against its components. Memoised per workspace. */
export function resolveReferences(workspace: Workspace, env: string): EnvironmentReferences {
  let byEnv = cache.get(workspace);
  if (!byEnv) {
    byEnv = new Map();
    cache.set(workspace, byEnv);
  }
  let resolved = byEnv.get(env);
  if (!resolved) {
    resolved = resolve(workspace, env);
    byEnv.set(env, resolved);
  }
  return resolved;
}

function resolve(workspace: Workspace, env: string): EnvironmentReferences {
  const components = workspace.components.filter((component) => component.env === env);
  const byId = new Map(components.map((component) => [component.id, component]));
  const fieldIndex = new FieldIndex(components);
  const elsewhere = new CrossEnvironmentLookup(workspace, env);
  const result: EnvironmentReferences = { env, components, references: [], malformed: [] };

  for (const component of components) {
    const definition = workspace.catalog.types.get(component.type);
    if (!definition) continue;
    const { references, malformed } = extractReferences(component, definition);
    for (const reference of malformed) result.malformed.push({ component, reference });
    for (const reference of references) {
      const target = reference.target;
      const wrongType = reference.accepts !== "*" && target.type !== reference.accepts;
      if (target.by === "id") {
        const id = componentId(target.type, target.nickname);
        const found = byId.has(id);
        result.references.push({
          ...reference,
          dependent: component,
          dependency: id,
          status: wrongType ? "wrong-type" : found ? "resolved" : "external",
          foundInEnv: found ? null : elsewhere.byId(id),
          ambiguousWith: [],
        });
      } else {
        const [match, ...others] = fieldIndex.find(
          target.type,
          target.field,
          target.compare,
          target.value,
        );
        if (match) {
          result.references.push({
            ...reference,
            dependent: component,
            dependency: match.id,
            status: "resolved",
            foundInEnv: null,
            ambiguousWith: others.map((other) => other.id),
          });
        } else {
          const [other] = elsewhere.byField(
            target.type,
            target.field,
            target.compare,
            target.value,
          );
          result.references.push({
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
      }
    }
  }
  return result;
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
