import type { Graph } from "@karma/core";

/** A Graphviz digraph: one cluster per environment, external nodes and their edges dashed. */
export function formatDot(graphs: readonly Graph[]): string {
  const lines = ["digraph karma {", "  rankdir=LR;", "  node [shape=box];"];
  for (const graph of graphs) {
    if (graph.nodes.length === 0) continue;
    lines.push(`  subgraph ${quote(`cluster_${graph.env}`)} {`, `    label=${quote(graph.env)};`);
    for (const node of graph.nodes) {
      const style = node.external ? ", style=dashed" : "";
      lines.push(`    ${quote(nodeKey(graph.env, node.id))} [label=${quote(node.id)}${style}];`);
    }
    lines.push("  }");
  }
  for (const graph of graphs) {
    const external = new Set(graph.nodes.filter((n) => n.external).map((n) => n.id));
    for (const edge of graph.edges) {
      const from = quote(nodeKey(graph.env, edge.dependent));
      const to = quote(nodeKey(graph.env, edge.dependency));
      const style = external.has(edge.dependency) ? ", style=dashed" : "";
      lines.push(`  ${from} -> ${to} [label=${quote(edge.key)}${style}];`);
    }
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function nodeKey(env: string, id: string): string {
  return `${env}/${id}`;
}

/** A DOT double-quoted string; backslashes are escapes in labels (`\n`, `\N`), so double them. */
function quote(text: string): string {
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\r\n?|\n/g, "\\n")}"`;
}
