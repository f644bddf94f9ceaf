import type { Graph, GraphEdge, GraphNode } from "@karma/core";

export interface GraphJson {
  nodes: Pick<GraphNode, "id" | "type" | "nickname" | "env" | "external" | "repo">[];
  edges: GraphEdge[];
}

/**
 * The graphs of one or more environments as one list of nodes and one of edges; nodes carry
 * their repository in a graph of several.
 */
export function graphToJson(graphs: readonly Graph[]): GraphJson {
  return {
    nodes: graphs.flatMap((graph) =>
      graph.nodes.map(({ id, type, nickname, env, external, repo }) => ({
        id,
        type,
        nickname,
        env,
        external,
        ...(repo === undefined ? {} : { repo }),
      })),
    ),
    edges: graphs.flatMap((graph) =>
      graph.edges.map(({ dependent, dependency, key, kind, env }) => ({
        dependent,
        dependency,
        key,
        kind,
        env,
      })),
    ),
  };
}
