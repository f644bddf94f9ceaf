import { buildGraph } from "../graph/build-graph.ts";
import type { Graph, GraphEdge, GraphNode } from "../graph/graph.ts";
import { repositoriesGraph } from "./repositories-graph.ts";
import { previousLoad, type WorkspaceRepositories } from "./workspace-repositories.ts";

const cache = new WeakMap<WorkspaceRepositories, Map<string, Graph>>();

/**
 * The graph of an environment of a loaded workspace of repositories: `repositoriesGraph` of its
 * repositories, or `buildGraph` for one alone. When an edit leaves every node and edge as they
 * were, the graph of the load it was made from is returned, so what was derived from it (layout,
 * lineage) stays valid.
 */
export function workspaceGraph(loaded: WorkspaceRepositories, env: string): Graph {
  if (loaded.repositories.length === 1) return buildGraph(loaded.workspace, env);
  let byEnv = cache.get(loaded);
  if (!byEnv) {
    byEnv = new Map();
    cache.set(loaded, byEnv);
  }
  let graph = byEnv.get(env);
  if (!graph) {
    graph = repositoriesGraph(loaded.repositories, env);
    const before = previousLoad(loaded);
    const earlier = before && cache.get(before)?.get(env);
    // the very graph when the edit moved no edge (repositoriesGraph): nothing to compare
    if (earlier && (earlier === graph || sameGraph(earlier, graph))) graph = earlier;
    byEnv.set(env, graph);
  }
  return graph;
}

function sameGraph(a: Graph, b: Graph): boolean {
  return (
    a.nodes.length === b.nodes.length &&
    a.edges.length === b.edges.length &&
    a.nodes.every((node, index) => sameNode(node, b.nodes[index]!)) &&
    a.edges.every((edge, index) => sameEdge(edge, b.edges[index]!))
  );
}

function sameNode(a: GraphNode, b: GraphNode): boolean {
  return (
    a.id === b.id &&
    a.external === b.external &&
    a.foundInEnv === b.foundInEnv &&
    a.repo === b.repo &&
    a.type === b.type &&
    a.nickname === b.nickname
  );
}

function sameEdge(a: GraphEdge, b: GraphEdge): boolean {
  return (
    a.dependent === b.dependent &&
    a.dependency === b.dependency &&
    a.key === b.key &&
    a.kind === b.kind
  );
}
