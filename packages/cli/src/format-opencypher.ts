import type { Graph, GraphNode } from "@karma/core";
import { csvRecord } from "./csv-record.ts";

/** The two files of the openCypher CSV load format (Amazon Neptune's loader, neo4j-admin import). */
export interface OpenCypherFiles {
  "nodes.csv": string;
  "relationships.csv": string;
}

const nodeHeader = [
  ":ID",
  ":LABEL",
  "env:String",
  "type:String",
  "nickname:String",
  "repo:String",
  "external:Boolean",
];
const relationshipHeader = [
  ":ID",
  ":START_ID",
  ":END_ID",
  ":TYPE",
  "key:String",
  "kind:String",
  "env:String",
];

/**
 * The graphs as openCypher CSV: a node per component (label `Component`) or external component
 * (label `External`), id `<repo>:<env>/<type>/<nickname>`, and a `DEPENDS_ON` relationship per
 * edge from the dependent to its dependency, id `<start>-[<key>]-><end>`. Ids depend only on
 * names, so they are the same on every run. `repo` names the repository of nodes that carry
 * none (a repository alone).
 */
export function formatOpenCypher(graphs: readonly Graph[], repo: string): OpenCypherFiles {
  let nodes = csvRecord(nodeHeader);
  let relationships = csvRecord(relationshipHeader);
  for (const graph of graphs) {
    const ids = new Map(graph.nodes.map((node) => [node.id, nodeId(node, repo)]));
    for (const node of graph.nodes) {
      nodes += csvRecord([
        ids.get(node.id)!,
        node.external ? "External" : "Component",
        node.env,
        node.type,
        node.nickname,
        node.repo ?? repo,
        String(node.external),
      ]);
    }
    for (const edge of graph.edges) {
      const start = ids.get(edge.dependent)!;
      const end = ids.get(edge.dependency)!;
      relationships += csvRecord([
        `${start}-[${edge.key}]->${end}`,
        start,
        end,
        "DEPENDS_ON",
        edge.key,
        edge.kind,
        edge.env,
      ]);
    }
  }
  return { "nodes.csv": nodes, "relationships.csv": relationships };
}

function nodeId(node: GraphNode, repo: string): string {
  return `${node.repo ?? repo}:${node.env}/${node.id}`;
}
