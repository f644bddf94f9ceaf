import { adjacencyOf } from "../graph/adjacency.ts";
import type { Graph, GraphEdge } from "../graph/graph.ts";
import type { Workspace } from "../repo/workspace.ts";

/** One component reached from the traced one, and the reference that leads there. */
export interface LineageHop {
  id: string;
  type: string;
  nickname: string;
  /** 1 = a direct dependency (upstream) or a direct dependent (downstream). */
  depth: number;
  external: boolean;
  /** The component one hop closer to the traced one. */
  via: string;
  /** The config key of the dependent side of that hop (`route53_zone_name`). */
  key: string;
}

/** Where an environment is deployed from, as an account environment file binds it. */
export interface LineageBinding {
  name: string;
  file: string;
  configRepo: string | null;
  configBranch: string | null;
}

/** Origin to effect for one component of one environment. */
export interface LineageTrace {
  id: string;
  type: string;
  nickname: string;
  env: string;
  /** The component's config file; null for an external reference. */
  file: string | null;
  external: boolean;
  bindings: LineageBinding[];
  /** Where the config is published, and where its deployed outputs are read from. */
  parameters: { config: string; runtime: string };
  /** What it depends on, nearest first (by depth, then id). */
  upstream: LineageHop[];
  /** What depends on it, nearest first. */
  downstream: LineageHop[];
}

const parameterPrefix = "/iac";

/** Traces a component of `graph`; null when the graph has no node with that id. */
export function traceLineage(workspace: Workspace, graph: Graph, id: string): LineageTrace | null {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  if (!node) return null;
  const component = workspace.components.find(
    (candidate) => candidate.env === graph.env && candidate.id === id,
  );
  const { dependencies, dependents } = adjacencyOf(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const hops = (edgesOf: Map<string, GraphEdge[]>, far: (edge: GraphEdge) => string) =>
    walk(id, edgesOf, far).map(({ target, depth, edge, via }) => {
      const reached = byId.get(target)!;
      return {
        id: target,
        type: reached.type,
        nickname: reached.nickname,
        depth,
        external: reached.external,
        via,
        key: edge.key,
      };
    });
  return {
    id,
    type: node.type,
    nickname: node.nickname,
    env: graph.env,
    file: component?.file ?? null,
    external: node.external,
    bindings: workspace.accountEnvironments
      .filter((account) => account.environment === graph.env)
      .map((account) => ({
        name: account.name,
        file: account.file,
        configRepo: account.configRepo,
        configBranch: account.configBranch,
      })),
    parameters: {
      config: `${parameterPrefix}/${node.type}/${node.nickname}/config`,
      runtime: `${parameterPrefix}/${node.type}/${node.nickname}/runtime`,
    },
    upstream: hops(dependencies, (edge) => edge.dependency),
    downstream: hops(dependents, (edge) => edge.dependent),
  };
}

interface Reached {
  target: string;
  depth: number;
  edge: GraphEdge;
  via: string;
}

/** Breadth first from `start`: each node once, at its least depth, by the first edge found. */
function walk(
  start: string,
  edgesOf: Map<string, GraphEdge[]>,
  far: (edge: GraphEdge) => string,
): Reached[] {
  const seen = new Set([start]);
  const reached: Reached[] = [];
  let frontier = [start];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: Reached[] = [];
    for (const via of frontier) {
      for (const edge of edgesOf.get(via) ?? []) {
        const target = far(edge);
        if (seen.has(target)) continue;
        seen.add(target);
        next.push({ target, depth, edge, via });
      }
    }
    next.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
    reached.push(...next);
    frontier = next.map((hop) => hop.target);
  }
  return reached;
}
