import {
  type ComponentReferences,
  FieldIndex,
  type ResolvedReference,
  referencesByComponent,
  resolveReferences,
} from "../graph/resolve-references.ts";
import { componentId } from "../repo/component-id.ts";
import type { Component } from "../repo/workspace.ts";
import { earlierWithSameTargets } from "./repositories-delta.ts";
import { type Repository, repositoryFile } from "./repository.ts";

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
 * Memoised per list of repositories; a list an edit made from an earlier one that moved no
 * target (repositories-delta.ts) takes over the earlier list's lookups and, for each repository
 * the edit left as it was, its references (the same map), and resolves only the components
 * that changed.
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
    const earlier = repositories.length > 1 ? earlierWithSameTargets(repositories) : null;
    const before = earlier && cache.get(earlier)?.resolved.get(env)?.[index];
    if (before && earlier[index] === repositories[index]) found = before;
    else if (repositories.length === 1) found = own;
    else {
      const previous = before && {
        own: referencesByComponent(earlier[index]!.workspace, env),
        across: before,
      };
      found = resolveAcross(own, environmentIndex(repositories, env, earlier), previous);
    }
    byRepository[index] = found;
  }
  return found;
}

function environmentIndex(
  repositories: readonly Repository[],
  env: string,
  earlier: readonly Repository[] | null,
): EnvironmentIndex {
  const across = cache.get(repositories)!;
  // the same ids and matched fields: the earlier lookups answer as these would
  let index = across.indexes.get(env) ?? (earlier && cache.get(earlier)?.indexes.get(env));
  if (index) across.indexes.set(env, index);
  else {
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

/**
 * `own` with its external references looked up in every repository. A component whose own
 * findings are those it had in `previous` (the same object: it did not change, nor did what it
 * targets) keeps what it was found to reference there.
 */
function resolveAcross(
  own: ReadonlyMap<Component, ComponentReferences>,
  index: EnvironmentIndex,
  previous?: {
    own: ReadonlyMap<Component, ComponentReferences>;
    across: ReadonlyMap<Component, ComponentReferences>;
  } | null,
): Map<Component, ComponentReferences> {
  const result = new Map<Component, ComponentReferences>();
  for (const [component, found] of own) {
    const kept = previous?.own.get(component) === found && previous.across.get(component);
    if (kept) {
      result.set(component, kept);
      continue;
    }
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

/**
 * Every repository's references of one environment, resolved across the workspace, each with
 * its file as issues name it: what a plan of the workspace sees around what it plans.
 */
export function* everyReferenceAcross(
  repositories: readonly Repository[],
  env: string,
): Generator<{ reference: ResolvedReference; file: string }> {
  for (const [index, repository] of repositories.entries()) {
    for (const found of referencesAcross(repositories, index, env).values()) {
      for (const reference of found.references) {
        yield {
          reference,
          file: repositoryFile(repositories, repository, reference.dependent.file),
        };
      }
    }
  }
}
