import type { Graph } from "../graph/graph.ts";
import { componentFile, parseComponentId } from "../repo/component-id.ts";
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
    .map((edge) => {
      // a dependent is a component read from its file, so its id always parses
      const { type, nickname } = parseComponentId(edge.dependent)!;
      return { file: componentFile(graph.env, type, nickname), key: edge.key, kind: edge.kind };
    });
}
