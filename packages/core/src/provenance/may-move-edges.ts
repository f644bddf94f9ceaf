import type { Graph } from "../graph/graph.ts";
import { classifyPath } from "../repo/classify-path.ts";

const looksElsewhere = new WeakMap<Graph, boolean>();

/**
 * Whether a commit's changed paths can move edges of an environment's graph. References resolve
 * among the environment's own components, except a name match that finds nothing there, which
 * names what it finds in another environment: so a commit that changed only other environments'
 * components, account environments or node positions moves no edge of a graph without such a
 * reference, and its workspace need not be loaded at all.
 */
export function mayMoveEdges(changed: readonly string[], env: string, graph: Graph): boolean {
  if (changed.some((path) => !elsewhere(path, env))) return true;
  let found = looksElsewhere.get(graph);
  if (found === undefined) {
    const external = new Set(graph.nodes.filter((node) => node.external).map((node) => node.id));
    found = graph.edges.some((edge) => edge.kind === "name-match" && external.has(edge.dependency));
    looksElsewhere.set(graph, found);
  }
  return found;
}

/** Whether a path holds no component of the environment and nothing its references read. */
function elsewhere(path: string, env: string): boolean {
  const [top, folder, below] = path.split("/");
  if (top === "iac") return below !== undefined && folder !== env;
  const kind = classifyPath(path).kind;
  return kind === "layout" || kind === "account-environment";
}
