import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { buildGraph } from "../graph/build-graph.ts";
import type { Graph } from "../graph/graph.ts";
import type { Issue } from "../issues/issue.ts";
import type { FileMap } from "../json.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { generateRepository } from "../synthetic/generate-repository.ts";
import { validateWorkspace } from "../validate/validate-workspace.ts";
import { repositoriesGraph } from "./repositories-graph.ts";
import type { Repository } from "./repository.ts";
import { validateRepositories } from "./validate-repositories.ts";

// One repository split in two (every component in one of them, the account environments in
// both): read as a workspace of two, it must find what the single repository found.

function split(files: FileMap, inFirst: readonly boolean[]): [FileMap, FileMap] {
  const first: FileMap = {};
  const second: FileMap = {};
  Object.keys(files).forEach((path, index) => {
    if (!path.startsWith("iac/")) {
      first[path] = files[path]!;
      second[path] = files[path]!;
    } else if (inFirst[index % inFirst.length]) first[path] = files[path]!;
    else second[path] = files[path]!;
  });
  return [first, second];
}

const edges = (graphs: Graph[]) =>
  graphs
    .flatMap((graph) => graph.edges)
    .map((e) => `${e.env} ${e.dependent} ${e.key} ${e.dependency} ${e.kind}`);
const nodes = (graphs: Graph[]) =>
  graphs.flatMap((graph) => graph.nodes).map((n) => `${n.env} ${n.id} ${n.external}`);

function compareSplit(files: FileMap, inFirst: readonly boolean[]): void {
  const whole = loadWorkspace(files);
  const [app, network] = split(files, inFirst);
  const repositories: Repository[] = [
    { name: "app", workspace: loadWorkspace(app) },
    { name: "network", workspace: loadWorkspace(network) },
  ];
  const single = whole.environments.map((env) => buildGraph(whole, env));
  const across = whole.environments.map((env) => repositoriesGraph(repositories, env));
  expect(edges(across).sort()).toEqual(edges(single).sort());
  expect(nodes(across).sort()).toEqual(nodes(single).sort());

  // every component node names the repository that holds its file
  for (const node of across.flatMap((graph) => graph.nodes)) {
    if (node.external) continue;
    const file = `iac/${node.env}/${node.id}/config.json`;
    expect(node.repo).toBe(Object.hasOwn(app, file) ? "app" : "network");
  }

  // the same problems, at the same components: references resolve across the repositories
  const problem = (issue: Issue) =>
    `${issue.severity} ${issue.code} ${issue.component} ${issue.path} ${issue.message}`;
  expect(validateRepositories(repositories).map(problem).sort()).toEqual(
    validateWorkspace(whole).map(problem).sort(),
  );
}

describe("a workspace of two repositories split from one", () => {
  it("finds the edges, nodes and problems of the single repository", () => {
    const sample = readFixture();
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        (inFirst, seed) => {
          compareSplit(sample, inFirst);
          compareSplit(generateRepository({ components: 120, seed }), inFirst);
        },
      ),
      { numRuns: 25 },
    );
  });
});
