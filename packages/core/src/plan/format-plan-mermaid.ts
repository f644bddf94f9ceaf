import { formatMermaid } from "../format/format-mermaid.ts";
import type { Graph, GraphEdge, GraphNode } from "../graph/graph.ts";
import { repositoriesGraph } from "../repositories/repositories-graph.ts";
import { withFirst } from "../repositories/repository.ts";
import { actionKey, indexActions, type PlanReport } from "./plan-report.ts";

const classDefs = [
  "classDef create fill:#dafbe1,stroke:#1a7f37,color:#1f2328",
  "classDef update fill:#fff8c5,stroke:#9a6700,color:#1f2328",
  "classDef delete fill:#ffebe9,stroke:#cf222e,color:#1f2328",
  "classDef consequence fill:#ddf4ff,stroke:#0969da,color:#1f2328",
];
const labelSigns: Record<string, string> = {
  create: "+ ",
  update: "~ ",
  delete: "- ",
  consequence: "! ",
};

/**
 * The Mermaid flowchart of what a plan touches: the changed components, their direct
 * dependencies and the consequences, one subgraph per environment, coloured by action.
 */
export function formatPlanMermaid(
  report: PlanReport,
  graphs: readonly Graph[] = changedSubgraphs(report),
): string {
  const classes = new Map<string, string>();
  for (const action of report.plan.actions) {
    if (action.action !== "no-op")
      classes.set(actionKey(action.env, action.component), action.action);
  }
  for (const consequence of report.plan.consequences) {
    classes.set(actionKey(consequence.env, consequence.component), "consequence");
  }
  const classOf = (node: GraphNode) => classes.get(actionKey(node.env, node.id));
  return formatMermaid(graphs, {
    classOf,
    labelOf: (node) => `${labelSigns[classOf(node) ?? ""] ?? ""}${node.id}`,
    classDefs,
  });
}

/** Per environment, the nodes and edges the plan touches. */
export function changedSubgraphs(report: PlanReport): Graph[] {
  const { plan } = report;
  const actions = indexActions(plan);
  const environments = [
    ...new Set([...plan.waves.map((w) => w.env), ...plan.consequences.map((c) => c.env)]),
  ].sort(compare);
  const desired = report.repositories ?? [{ name: "", workspace: report.desired }];
  const baseline = withFirst(desired, report.baseline);
  return environments.map((env) => {
    const before = repositoriesGraph(baseline, env);
    const after = repositoriesGraph(desired, env);
    const actionOf = (id: string) => actions.get(actionKey(env, id))?.action;
    const isChanged = (id: string) => {
      const action = actionOf(id);
      return action !== undefined && action !== "no-op";
    };
    const deleted = (id: string) => actionOf(id) === "delete";

    // edges of the desired graph, plus those of the baseline that touch a deleted component
    const candidates = [
      ...after.edges,
      ...before.edges.filter((e) => deleted(e.dependent) || deleted(e.dependency)),
    ];
    const ids = new Set(plan.waves.filter((w) => w.env === env).flatMap((w) => w.components));
    for (const consequence of plan.consequences) {
      if (consequence.env === env) ids.add(consequence.component);
    }
    for (const edge of candidates) if (isChanged(edge.dependent)) ids.add(edge.dependency);

    const nodesBefore = new Map(before.nodes.map((node) => [node.id, node]));
    const nodesAfter = new Map(after.nodes.map((node) => [node.id, node]));
    const nodes = [...ids]
      .map((id) =>
        deleted(id) ? nodesBefore.get(id) : (nodesAfter.get(id) ?? nodesBefore.get(id)),
      )
      .filter((node): node is GraphNode => node !== undefined)
      .sort((a, b) => compare(a.id, b.id));
    const edges = new Map<string, GraphEdge>();
    for (const edge of candidates) {
      if (!ids.has(edge.dependent) || !ids.has(edge.dependency)) continue;
      edges.set(`${edge.dependent}\u0000${edge.dependency}\u0000${edge.key}`, edge);
    }
    return {
      env,
      nodes,
      edges: [...edges.entries()].sort(([a], [b]) => compare(a, b)).map(([, edge]) => edge),
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
