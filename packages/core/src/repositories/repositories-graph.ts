import { assembleGraph, buildGraph } from "../graph/build-graph.ts";
import type { Graph } from "../graph/graph.ts";
import { type ComponentReferences, resolveReferences } from "../graph/resolve-references.ts";
import type { Component } from "../repo/workspace.ts";
import { earlierWithSameTargets } from "./repositories-delta.ts";
import type { Repository } from "./repository.ts";
import { referencesAcross } from "./resolve-across.ts";

const cache = new WeakMap<readonly Repository[], Map<string, Graph>>();

/**
 * The dependency graph of one environment across a workspace of repositories: every node carries
 * its repository, and a reference into another repository is an edge to that repository's
 * component. For one repository alone, its own graph (`buildGraph`), nodes without `repo`.
 * Memoised per list of repositories; a list an edit made that moved no target and changed no
 * reference (an edit of a plain field) has the earlier list's graph, the same object.
 */
export function repositoriesGraph(repositories: readonly Repository[], env: string): Graph {
  if (repositories.length === 1) return buildGraph(repositories[0]!.workspace, env);
  let byEnv = cache.get(repositories);
  if (!byEnv) {
    byEnv = new Map();
    cache.set(repositories, byEnv);
  }
  let graph = byEnv.get(env);
  if (!graph) {
    graph =
      earlierGraph(repositories, env) ??
      assembleGraph(
        env,
        repositories.map((repository, index) => ({
          repo: repository.name,
          components: resolveReferences(repository.workspace, env).components,
          references: [...referencesAcross(repositories, index, env).values()].flatMap(
            (found) => found.references,
          ),
        })),
      );
    byEnv.set(env, graph);
  }
  return graph;
}

/** The earlier list's graph, when the edit that made this list left every edge as it was. */
function earlierGraph(repositories: readonly Repository[], env: string): Graph | undefined {
  const earlier = earlierWithSameTargets(repositories);
  const graph = earlier && cache.get(earlier)?.get(env);
  if (!graph) return undefined;
  for (const [index, repository] of repositories.entries()) {
    if (repository === earlier[index]) continue;
    const now = referencesAcross(repositories, index, env);
    const then = referencesAcross(earlier, index, env);
    if (now !== then && !sameEdges(now, then)) return undefined;
  }
  return graph;
}

/**
 * Whether two findings of one repository make the same nodes and edges: the same components
 * (their ids, as no target moved) referring the same way, in the same order.
 */
function sameEdges(
  a: ReadonlyMap<Component, ComponentReferences>,
  b: ReadonlyMap<Component, ComponentReferences>,
): boolean {
  if (a.size !== b.size) return false;
  const rest = b.values();
  for (const found of a.values()) {
    const other = rest.next().value!;
    if (found === other) continue;
    if (found.references.length !== other.references.length) return false;
    for (const [i, reference] of found.references.entries()) {
      const then = other.references[i]!;
      if (
        reference.dependent.id !== then.dependent.id ||
        reference.dependency !== then.dependency ||
        reference.key !== then.key ||
        reference.kind !== then.kind ||
        reference.foundInEnv !== then.foundInEnv
      )
        return false;
    }
  }
  return true;
}
