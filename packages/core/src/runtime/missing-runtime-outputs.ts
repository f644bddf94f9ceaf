import { referenceAt } from "../catalog/key-pattern.ts";
import type { Graph, GraphEdge } from "../graph/graph.ts";
import { isJsonObject } from "../json.ts";
import type { Workspace } from "../repo/workspace.ts";
import type { MissingRuntimeOutputs } from "./drift.ts";
import type { DeployedComponent, RuntimeSnapshot } from "./snapshot.ts";

/**
 * For every reference to a deployed component, the runtime outputs the reference reads (the
 * catalog's `uses`) that the deployed runtime lacks: the dependent would fail to deploy.
 * Providers that publish per function or nothing are not checked (their outputs have no keys).
 */
export function findMissingRuntimeOutputs(
  workspace: Workspace,
  graph: Graph,
  snapshot: RuntimeSnapshot,
): MissingRuntimeOutputs[] {
  const components = new Map(
    workspace.components.filter((c) => c.env === graph.env).map((c) => [c.id, c]),
  );
  const found: MissingRuntimeOutputs[] = [];
  for (const edge of graph.edges) {
    const provider = snapshot.components[edge.dependency];
    const dependent = components.get(edge.dependent);
    if (!provider || !dependent) continue;
    const publishing = workspace.catalog.types.get(provider.type)?.runtimePublishing;
    if (publishing === "per-function" || publishing === "none") continue;
    const definition = workspace.catalog.types.get(dependent.type);
    const uses = definition && referenceAt(definition, edge.key.split("."))?.uses;
    if (!uses || uses.length === 0) continue;

    const { keys, runtime } = publishedKeys(provider);
    const missing = uses.filter((output) => !keys.has(output));
    if (missing.length === 0) continue;
    found.push({
      dependent: edge.dependent,
      dependency: edge.dependency,
      key: edge.key,
      kind: edge.kind,
      missing,
      runtime,
      file: dependent.file,
      ...dependent.document.positionOf(edge.key.split(".")),
      message: describe(edge, missing, runtime),
    });
  }
  return found;
}

function publishedKeys(provider: DeployedComponent): {
  keys: Set<string>;
  runtime: MissingRuntimeOutputs["runtime"];
} {
  const keys = new Set(Object.keys(provider.runtimeKeys ?? {}));
  if (isJsonObject(provider.runtime))
    for (const key of Object.keys(provider.runtime)) keys.add(key);
  const runtime =
    provider.runtime === undefined && keys.size === 0
      ? "absent"
      : provider.runtime !== undefined && !isJsonObject(provider.runtime) && keys.size === 0
        ? "not-an-object"
        : "incomplete";
  return { keys, runtime };
}

function describe(
  edge: GraphEdge,
  missing: string[],
  runtime: MissingRuntimeOutputs["runtime"],
): string {
  const reads = `${edge.dependent} reads ${missing.join(", ")} from the runtime of ${edge.dependency} (${edge.key})`;
  if (runtime === "absent") return `${reads}, which publishes no runtime`;
  if (runtime === "not-an-object")
    return `${reads}, whose runtime is a plain value, not a JSON object`;
  return `${reads}, but its deployed runtime lacks ${missing.length === 1 ? "it" : "them"}`;
}
