import type { Graph } from "../graph/graph.ts";
import { componentFile } from "./component-paths.ts";
import type { ComponentReference } from "./rename-component.ts";

/**
 * The references `renameComponent` must rewrite when component `id` of the graph's environment is
 * renamed: the edges that point at it, and its own references that default to its nickname.
 */
export function referencesToRename(graph: Graph, id: string): ComponentReference[] {
  return graph.edges
    .filter(
      (edge) => edge.dependency === id || (edge.dependent === id && edge.kind === "own-nickname"),
    )
    .map((edge) => ({ file: fileOf(graph.env, edge.dependent), key: edge.key, kind: edge.kind }));
}

function fileOf(env: string, id: string): string {
  const slash = id.indexOf("/");
  return componentFile(env, id.slice(0, slash), id.slice(slash + 1));
}
