import {
  type ComponentReferences,
  FieldIndex,
  type ResolvedReference,
  referencesByComponent,
  resolveReferences,
} from "../graph/resolve-references.ts";
import { componentId } from "../repo/component-id.ts";
import type { Component } from "../repo/workspace.ts";
import type { Repository } from "./repository.ts";

/** Components of every repository, in the order of the repositories, by id and by field. */
interface ComponentIndex {
  byId: Map<string, Component>;
  fields: FieldIndex;
}

/** The components of one environment, and (built when needed) those of the other environments. */
interface EnvironmentIndex {
  here: ComponentIndex;
  others: () => ComponentIndex;
}

interface Across {
  indexes: Map<string, EnvironmentIndex>;
  /** By environment, then by repository index. */
  resolved: Map<string, ReadonlyMap<Component, ComponentReferences>[]>;
}

const cache = new WeakMap<readonly Repository[], Across>();

/**
 * The references of one repository of a workspace, by component: a reference that resolves to
 * nothing in its repository resolves in the others, in the same environment (the first
 * repository that has the component; others that match a name as well make it ambiguous).
 * Components without such references keep their repository's own findings, the same objects.
 * Memoised per list of repositories.
 */
export function referencesAcross(
  repositories: readonly Repository[],
  index: number,
  env: string,
): ReadonlyMap<Component, ComponentReferences> {
  let across = cache.get(repositories);
  if (!across) {
    across = { indexes: new Map(), resolved: new Map() };
    cache.set(repositories, across);
  }
  let byRepository = across.resolved.get(env);
  if (!byRepository) {
    byRepository = [];
    across.resolved.set(env, byRepository);
  }
  let found = byRepository[index];
  if (!found) {
    const own = referencesByComponent(repositories[index]!.workspace, env);
    found = repositories.length > 1 ? resolveAcross(own, environmentIndex(repositories, env)) : own;
    byRepository[index] = found;
  }
  return found;
}

function environmentIndex(repositories: readonly Repository[], env: string): EnvironmentIndex {
  const across = cache.get(repositories)!;
  let index = across.indexes.get(env);
  if (!index) {
    let others: ComponentIndex | undefined;
    index = {
      here: componentIndex(
        repositories.flatMap(
          (repository) => resolveReferences(repository.workspace, env).components,
        ),
      ),
      others: () => {
        others ??= componentIndex(
          repositories.flatMap((repository) =>
            repository.workspace.components.filter((component) => component.env !== env),
          ),
        );
        return others;
      },
    };
    across.indexes.set(env, index);
  }
  return index;
}

function componentIndex(components: Component[]): ComponentIndex {
  const byId = new Map<string, Component>();
  for (const component of components) {
    if (!byId.has(component.id)) byId.set(component.id, component);
  }
  return { byId, fields: new FieldIndex(components) };
}

function resolveAcross(
  own: ReadonlyMap<Component, ComponentReferences>,
  index: EnvironmentIndex,
): Map<Component, ComponentReferences> {
  const result = new Map<Component, ComponentReferences>();
  for (const [component, found] of own) {
    const external = found.references.some((reference) => reference.status === "external");
    result.set(
      component,
      external
        ? {
            references: found.references.map((reference) =>
              reference.status === "external" ? elsewhere(reference, index) : reference,
            ),
            malformed: found.malformed,
          }
        : found,
    );
  }
  return result;
}

/**
 * An external reference looked up in every repository: what matches is in another one, since
 * nothing in the reference's own repository did. When nothing matches in the environment, the
 * other environments say where it exists, as they do for one repository.
 */
function elsewhere(reference: ResolvedReference, index: EnvironmentIndex): ResolvedReference {
  const [match, ...others] = matches(reference, index.here);
  if (match) {
    return {
      ...reference,
      dependency: match.id,
      status: "resolved",
      foundInEnv: null,
      ambiguousWith: others.map((other) => other.id),
    };
  }
  if (reference.foundInEnv !== null) return reference;
  const [found] = matches(reference, index.others());
  return found ? { ...reference, dependency: found.id, foundInEnv: found.env } : reference;
}

function matches(reference: ResolvedReference, index: ComponentIndex): Component[] {
  const target = reference.target;
  if (target.by === "field")
    return index.fields.find(target.type, target.field, target.compare, target.value);
  const found = index.byId.get(componentId(target.type, target.nickname));
  return found ? [found] : [];
}
