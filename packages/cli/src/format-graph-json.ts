import type { Graph, GraphEdge, GraphNode } from "@karma/core";

export interface GraphJson {
  nodes: Pick<GraphNode, "id" | "type" | "nickname" | "env" | "external">[];
  edges: GraphEdge[];
}

/** The graphs of one or more environments as one list of nodes and one of edges. */
export function graphToJson(graphs: readonly Graph[]): GraphJson {
  return {
    nodes: graphs.flatMap((graph) =>
      graph.nodes.map(({ id, type, nickname, env, external }) => ({
        id,
        type,
        nickname,
        env,
        external,
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
