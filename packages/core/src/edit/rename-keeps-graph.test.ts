import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { Graph } from "../graph/graph.ts";
import type { FileMap, JsonObject } from "../json.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { addComponent } from "./add-component.ts";
import type { EditResult } from "./edit-result.ts";
import { referencesToRename } from "./references-to-rename.ts";
import { renameComponent } from "./rename-component.ts";
import { setConfigValue } from "./set-config-value.ts";

function editedFiles(result: EditResult): FileMap {
  if (!result.ok) throw new Error(result.error);
  return result.files;
}

/** The real repository, plus components that reference each other in every way there is. */
function repository(): FileMap {
  let files = readFixture();
  const added: [string, string, JsonObject][] = [
    ["vpc", "main", {}],
    ["ecs-cluster", "core", { vpc_nickname: "main" }],
    ["ecs-service", "web", { cluster_nickname: "core", vpc_nickname: "main" }],
    ["grafana", "ops", { vpc_runtime_path: "/iac/vpc/main/runtime" }],
    ["openapi", "docs", {}],
    ["serverless-api", "docs", { api_name: "docs" }],
  ];
  for (const [type, nickname, config] of added) {
    files = editedFiles(addComponent(files, { env: "prod", type, nickname, config }));
  }
  const lambda = "iac/prod/lambda/demo-api/config.json";
  files = editedFiles(setConfigValue(files, lambda, ["functions", "echo", "vpc_nickname"], "main"));
  files = editedFiles(setConfigValue(files, lambda, ["functions", "time", "src_type"], "grafana"));
  return editedFiles(setConfigValue(files, lambda, ["functions", "time", "src_nickname"], "ops"));
}

/** Edges as `dependent -> dependency [key]`, ids renamed, kinds left out: pinning an own-nickname default makes it a nickname. */
function edgeSet(graph: Graph, rename: (id: string) => string = (id) => id): string[] {
  return graph.edges
    .map((edge) => `${rename(edge.dependent)} -> ${rename(edge.dependency)} [${edge.key}]`)
    .sort();
}

describe("renameComponent with the references of the real graph", () => {
  const files = repository();
  const graph = buildGraph(loadWorkspace(files), "prod");

  it("starts from a graph with every kind of reference", () => {
    expect(new Set(graph.edges.map((edge) => edge.kind))).toEqual(
      new Set(["nickname", "nested", "parameter-path", "own-nickname", "name-match"]),
    );
  });

  it("keeps every edge on the renamed component, whichever component is renamed", () => {
    const components = graph.nodes.filter((node) => !node.external);
    expect(components.length).toBeGreaterThan(15);
    for (const node of components) {
      const newNickname = `${node.nickname}-2`;
      const id = node.id;
      const newId = `${node.type}/${newNickname}`;
      const rename = { env: "prod", type: node.type, nickname: node.nickname, newNickname };
      const after = editedFiles(renameComponent(files, rename, referencesToRename(graph, id)));
      const renamedGraph = buildGraph(loadWorkspace(after), "prod");
      expect(edgeSet(renamedGraph), id).toEqual(
        edgeSet(graph, (other) => (other === id ? newId : other)),
      );
    }
  });
});
