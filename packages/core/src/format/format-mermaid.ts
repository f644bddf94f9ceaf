import type { Graph, GraphNode } from "../graph/graph.ts";

/** How a caller marks nodes, e.g. the plan's create/update/delete colours. */
export interface MermaidStyle {
  /** The class of a node, defined by one of `classDefs`; external nodes default to `external`. */
  classOf?: (node: GraphNode) => string | undefined;
  /** The node's label; its id by default. */
  labelOf?: (node: GraphNode) => string;
  /** `classDef <name> <css>` lines added after the built-in `external` one. */
  classDefs?: readonly string[];
}

/**
 * A Mermaid flowchart that renders as is inside a ```mermaid block on GitHub: one subgraph per
 * environment, node ids reduced to safe identifiers, labels quoted with entity codes for the
 * characters Mermaid would otherwise parse, external nodes dashed.
 */
export function formatMermaid(graphs: readonly Graph[], style: MermaidStyle = {}): string {
  const ids = new SafeIds();
  const lines = ["flowchart LR"];
  for (const graph of graphs) {
    if (graph.nodes.length === 0) continue;
    lines.push(`  subgraph ${ids.get(`env_${graph.env}`)}["${escapeLabel(graph.env)}"]`);
    for (const node of graph.nodes) {
      const id = ids.get(nodeKey(graph.env, node.id));
      const label = `"${escapeLabel(style.labelOf?.(node) ?? node.id)}"`;
      const shape = node.external ? `([${label}])` : `[${label}]`;
      const className = style.classOf?.(node) ?? (node.external ? "external" : undefined);
      lines.push(`    ${id}${shape}${className ? `:::${className}` : ""}`);
    }
    lines.push("  end");
  }
  for (const graph of graphs) {
    const external = new Set(graph.nodes.filter((n) => n.external).map((n) => n.id));
    for (const edge of graph.edges) {
      const from = ids.get(nodeKey(graph.env, edge.dependent));
      const to = ids.get(nodeKey(graph.env, edge.dependency));
      const arrow = external.has(edge.dependency) ? "-.->" : "-->";
      lines.push(`  ${from} ${arrow}|"${escapeLabel(edge.key)}"| ${to}`);
    }
  }
  lines.push("  classDef external stroke-dasharray: 5 5");
  for (const classDef of style.classDefs ?? []) lines.push(`  ${classDef}`);
  return `${lines.join("\n")}\n`;
}

function nodeKey(env: string, id: string): string {
  return `n_${env}_${id}`;
}

/** Identifiers made of letters, digits and underscores, kept unique after reduction. */
class SafeIds {
  readonly #ids = new Map<string, string>();
  readonly #taken = new Set<string>();

  get(key: string): string {
    const known = this.#ids.get(key);
    if (known) return known;
    const base = key.replace(/[^A-Za-z0-9_]/g, "_");
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}_${n}`;
    this.#ids.set(key, id);
    this.#taken.add(id);
    return id;
  }
}

// Mermaid decodes `#name;` and `#123;` entity codes in labels, so `#` itself must be encoded
// first; `<`/`>`/`&` would be read as HTML, `|` ends an edge label, a backtick starts markdown.
const labelEntities: Record<string, string> = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "|": "#124;",
  "`": "#96;",
};

export function escapeLabel(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/[#"<>&|`]/g, (c) => labelEntities[c]!);
}
