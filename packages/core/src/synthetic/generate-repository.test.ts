import { describe, expect, it } from "vitest";
import { buildGraph } from "../graph/build-graph.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { validateWorkspace } from "../validate/validate-workspace.ts";
import { generateRepository } from "./generate-repository.ts";

const componentPaths = (files: Record<string, string>) =>
  Object.keys(files).filter((path) => path.startsWith("iac/"));

describe("generateRepository", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const first = generateRepository({ components: 300, seed: 7 });
    expect(generateRepository({ components: 300, seed: 7 })).toEqual(first);
    expect(generateRepository({ components: 300, seed: 8 })).not.toEqual(first);
  });

  it("writes exactly the requested number of components across the environments", () => {
    for (const components of [0, 1, 13, 999]) {
      const files = generateRepository({ components, environments: ["dev", "staging", "prod"] });
      expect(componentPaths(files)).toHaveLength(components);
      expect(Object.keys(files).filter((p) => p.startsWith("account_environments/"))).toEqual([
        "account_environments/acme-dev.json",
        "account_environments/acme-prod.json",
        "account_environments/acme-staging.json",
      ]);
    }
  });

  it("uses the real layout and every built-in type in realistic proportions", () => {
    const files = generateRepository({ components: 1000 });
    const perType = new Map<string, number>();
    for (const path of componentPaths(files)) {
      expect(path).toMatch(/^iac\/(dev|prod)\/[a-z0-9-]+\/[a-z0-9-]+\/config\.json$/);
      const type = path.split("/")[2]!;
      perType.set(type, (perType.get(type) ?? 0) + 1);
    }
    expect(perType.size).toBe(13);
    expect(perType.get("ecs-service")).toBe(200);
    expect(perType.get("vpc")).toBe(40);
    const account = JSON.parse(files["account_environments/acme-prod.json"]!);
    expect(account).toMatchObject({ name: "acme-prod", environment: "prod", iac_strict: true });
  });

  it("validates without errors for any seed, size and set of environments", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const environments = [["prod"], ["dev", "prod"], ["dev", "qa", "staging", "prod"]][seed % 3]!;
      const workspace = loadWorkspace(
        generateRepository({ components: seed * 7, environments, seed }),
      );
      expect(workspace.environments).toEqual([...environments].sort());
      expect(validateWorkspace(workspace).filter((issue) => issue.severity === "error")).toEqual(
        [],
      );
    }
  });

  it("validates without errors, with references of every kind and a few missing ones", () => {
    const workspace = loadWorkspace(generateRepository({ components: 2000, seed: 42 }));
    expect(workspace.components).toHaveLength(2000);
    const issues = validateWorkspace(workspace);
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const missing = issues.filter((issue) => issue.code === "missing-reference");
    expect(missing.length).toBeGreaterThan(10);

    const edges = workspace.environments.flatMap((env) => buildGraph(workspace, env).edges);
    expect(new Set(edges.map((edge) => edge.kind))).toEqual(
      new Set(["nickname", "name-match", "nested", "parameter-path", "own-nickname"]),
    );
    expect(edges.length / workspace.components.length).toBeGreaterThan(1);
    expect(edges.filter((edge) => !edge.dependency.startsWith("openapi/")).length).toBeGreaterThan(
      missing.length * 10,
    );
  });
});
