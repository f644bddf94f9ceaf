import { compareStrings } from "../compare.ts";
import { parseComponentId } from "../repo/component-id.ts";
import type { Component, Workspace } from "../repo/workspace.ts";
import type { Graph, GraphEdge, GraphNode } from "./graph.ts";
import {
  type ResolvedReference,
  referencesByComponent,
  resolvedFrom,
  resolveReferences,
} from "./resolve-references.ts";

const cache = new WeakMap<Workspace, Map<string, Graph>>();

/**
 * The dependency graph of one environment: its components, external nodes for references that
 * resolve to nothing in it, and one edge per reference. Memoised per workspace and environment;
 * when an edit leaves every edge as it was, the earlier workspace's graph object is returned, so
 * what was derived from it (layout, adjacency, waves) stays valid.
 */
export function buildGraph(workspace: Workspace, env: string): Graph {
  let byEnv = cache.get(workspace);
  if (!byEnv) {
    byEnv = new Map();
    cache.set(workspace, byEnv);
  }
  let graph = byEnv.get(env);
  if (!graph) {
    graph = unchangedGraph(workspace, env) ?? build(workspace, env);
    byEnv.set(env, graph);
  }
  return graph;
}

/** The earlier workspace's graph, when the change left every reference pointing where it did. */
function unchangedGraph(workspace: Workspace, env: string): Graph | null {
  const from = resolvedFrom(workspace, env);
  if (!from) return null;
  const before = referencesByComponent(from.previous, env);
  const after = referencesByComponent(workspace, env);
  for (const [old, next] of from.changed) {
    if (!sameEdges(before.get(old)?.references ?? [], after.get(next)?.references ?? []))
      return null;
  }
  return buildGraph(from.previous, env);
}

function sameEdges(a: readonly ResolvedReference[], b: readonly ResolvedReference[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (reference, index) =>
        reference.dependency === b[index]!.dependency &&
        reference.key === b[index]!.key &&
        reference.kind === b[index]!.kind &&
        reference.foundInEnv === b[index]!.foundInEnv,
    )
  );
}

function build(workspace: Workspace, env: string): Graph {
  const { components, references } = resolveReferences(workspace, env);
  return assembleGraph(env, [{ components, references }]);
}

/** Components and their resolved references that make one graph, from one repository. */
export interface GraphPart {
  /** The repository of a workspace of several; absent for one repository alone. */
  repo?: string;
  components: readonly Component[];
  references: Iterable<ResolvedReference>;
}

/**
 * The graph of an environment from the components and references of one or more repositories:
 * a node per component (the first of an id), an external node per dependency that is no
 * component (of the first repository that refers to it), an edge per distinct reference.
 */
export function assembleGraph(env: string, parts: readonly GraphPart[]): Graph {
  const nodes = new Map<string, GraphNode>();
  for (const { repo, components } of parts) {
    for (const component of components) {
      if (nodes.has(component.id)) continue;
      const node: GraphNode = {
        id: component.id,
        type: component.type,
        nickname: component.nickname,
        env,
        external: false,
        foundInEnv: null,
      };
      if (repo !== undefined) node.repo = repo;
      nodes.set(component.id, node);
    }
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const { repo, references } of parts) {
    for (const reference of references) {
      if (!nodes.has(reference.dependency)) {
        // every dependency id is built by componentId, so it has a slash
        const { type, nickname } = parseComponentId(reference.dependency)!;
        const node: GraphNode = {
          id: reference.dependency,
          type,
          nickname,
          env,
          external: true,
          foundInEnv: reference.foundInEnv,
        };
        if (repo !== undefined) node.repo = repo;
        nodes.set(reference.dependency, node);
      }
      const edgeKey = `${reference.dependent.id}\u0000${reference.dependency}\u0000${reference.key}`;
      if (seen.has(edgeKey)) continue;
      seen.add(edgeKey);
      edges.push({
        dependent: reference.dependent.id,
        dependency: reference.dependency,
        key: reference.key,
        kind: reference.kind,
        env,
      });
    }
  }
  edges.sort(
    (a, b) =>
      compareStrings(a.dependent, b.dependent) ||
      compareStrings(a.dependency, b.dependency) ||
      compareStrings(a.key, b.key),
  );
  return { env, nodes: [...nodes.values()].sort((a, b) => compareStrings(a.id, b.id)), edges };
}
