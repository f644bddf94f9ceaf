import { assembleGraph, buildGraph } from "../graph/build-graph.ts";
import type { Graph } from "../graph/graph.ts";
import { resolveReferences } from "../graph/resolve-references.ts";
import type { Repository } from "./repository.ts";
import { referencesAcross } from "./resolve-across.ts";

const cache = new WeakMap<readonly Repository[], Map<string, Graph>>();

/**
 * The dependency graph of one environment across a workspace of repositories: every node carries
 * its repository, and a reference into another repository is an edge to that repository's
 * component. For one repository alone, its own graph (`buildGraph`), nodes without `repo`.
 * Memoised per list of repositories.
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
    graph = assembleGraph(
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
