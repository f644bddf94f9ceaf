import type { Graph } from "../graph/graph.ts";
import { parseComponentId } from "../repo/component-id.ts";
import { componentNameFile } from "./component-name.ts";
import type { ComponentReference } from "./rename-component.ts";

/**
 * The references `renameComponent` must rewrite when component `id` of the graph's environment is
 * renamed: the edges that point at it, and its own references that default to its nickname. In a
 * graph of several repositories (`repositoriesGraph`, nodes carry `repo`), `first` names the first
 * repository: each reference is in its dependent's repository's file, under `../<repo>/` for the
 * others.
 */
export function referencesToRename(graph: Graph, id: string, first?: string): ComponentReference[] {
  const repos = new Map<string, string | undefined>();
  for (const node of graph.nodes) if (node.repo !== undefined) repos.set(node.id, node.repo);
  return graph.edges
    .filter(
      (edge) => edge.dependency === id || (edge.dependent === id && edge.kind === "own-nickname"),
    )
    .map((edge) => {
      // a dependent is a component read from its file, so its id always parses
      const { type, nickname } = parseComponentId(edge.dependent)!;
      const repo = repos.get(edge.dependent);
      const file = componentNameFile({
        env: graph.env,
        type,
        nickname,
        repo: repo === first ? null : repo,
      });
      return { file, key: edge.key, kind: edge.kind };
    });
}
