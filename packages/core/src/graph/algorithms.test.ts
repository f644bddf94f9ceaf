import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { buildGraph } from "./build-graph.ts";
import { downstream, upstream } from "./closures.ts";
import type { Graph } from "./graph.ts";
import { shortestPath } from "./shortest-path.ts";
import { dependencyCycles, stronglyConnectedComponents } from "./strongly-connected.ts";
import { topologicalWaves } from "./topological-waves.ts";

/** A graph from `a->b` strings (a depends on b). */
function graphOf(...pairs: string[]): Graph {
  const ids = new Set(pairs.flatMap((pair) => pair.split("->")));
  return {
    env: "test",
    nodes: [...ids].sort().map((id) => ({
      id,
      type: "t",
      nickname: id,
      env: "test",
      external: false,
      foundInEnv: null,
    })),
    edges: pairs.map((pair) => {
      const [dependent, dependency] = pair.split("->") as [string, string];
      return { dependent, dependency, key: "k", kind: "nickname" as const, env: "test" };
    }),
  };
}

describe("graph algorithms", () => {
  const prod = buildGraph(loadWorkspace(readFixture()), "prod");

  it("orders the real prod environment in waves, dependencies first, externals left out", () => {
    expect(topologicalWaves(prod)).toEqual([
      [
        "lambda/demo-api",
        "lambda/karma-api",
        "route53-zone/strall-com",
        "route53-zone/usekarma-dev",
        "s3-bucket/demo-api",
        "s3-bucket/karma-api",
      ],
      [
        "serverless-api/demo-api",
        "serverless-api/karma-api",
        "serverless-site/adage-usekarma-dev",
        "serverless-site/strall-com",
        "serverless-site/usekarma-dev",
      ],
    ]);
  });

  it("finds upstream and downstream closures with depths", () => {
    expect(Object.fromEntries(downstream(prod, "route53-zone/usekarma-dev"))).toEqual({
      "serverless-api/demo-api": 1,
      "serverless-api/karma-api": 1,
      "serverless-site/adage-usekarma-dev": 1,
      "serverless-site/usekarma-dev": 1,
    });
    expect(Object.fromEntries(upstream(prod, "serverless-api/demo-api"))).toEqual({
      "openapi/demo-api": 1,
      "route53-zone/usekarma-dev": 1,
    });
    const chain = graphOf("a->b", "b->c", "c->d", "x->c");
    expect(Object.fromEntries(upstream(chain, "a"))).toEqual({ b: 1, c: 2, d: 3 });
    expect(Object.fromEntries(downstream(chain, "d"))).toEqual({ c: 1, b: 2, x: 2, a: 3 });
  });

  it("groups cycles into one wave and never loops", () => {
    const cyclic = graphOf("a->b", "b->c", "c->a", "d->a", "c->e", "f->f");
    expect(stronglyConnectedComponents(cyclic)).toContainEqual(["a", "b", "c"]);
    expect(dependencyCycles(cyclic)).toEqual([["a", "b", "c"], ["f"]]);
    expect(topologicalWaves(cyclic)).toEqual([["e", "f"], ["a", "b", "c"], ["d"]]);
  });

  it("handles deep chains without overflowing the stack", () => {
    const pairs = Array.from({ length: 50_000 }, (_, i) => `n${i}->n${i + 1}`);
    const deep = graphOf(...pairs);
    expect(topologicalWaves(deep)).toHaveLength(50_001);
    expect(upstream(deep, "n0").size).toBe(50_000);
  });

  it("finds the shortest dependency path either way, or none", () => {
    const graph = graphOf("a->b", "b->c", "c->d", "a->d", "x->y");
    expect(
      shortestPath(graph, "a", "d")?.map((edge) => `${edge.dependent}->${edge.dependency}`),
    ).toEqual(["a->d"]);
    expect(
      shortestPath(graph, "b", "d")?.map((edge) => `${edge.dependent}->${edge.dependency}`),
    ).toEqual(["b->c", "c->d"]);
    expect(
      shortestPath(graph, "d", "b")?.map((edge) => `${edge.dependent}->${edge.dependency}`),
    ).toEqual(["b->c", "c->d"]);
    expect(shortestPath(graph, "a", "x")).toBeNull();
    expect(shortestPath(graph, "a", "a")).toEqual([]);
  });
});
