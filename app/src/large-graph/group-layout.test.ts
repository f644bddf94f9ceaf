import type { Graph } from "@karma/core";
import { describe, expect, it } from "vitest";
import {
  groupByOf,
  groupEdgesOf,
  groupEdgesShownAlways,
  groupedView,
  isGroupedGraph,
  shownGroupEdges,
} from "./group-layout.ts";

/** `count` buckets read by `apis` APIs each (api-i depends on bucket-i). */
function graph(count: number): Graph {
  const node = (type: string, nickname: string) => ({
    id: `${type}/${nickname}`,
    type,
    nickname,
    env: "prod",
    external: false,
    foundInEnv: null,
  });
  const buckets = Array.from({ length: count }, (_, i) => node("s3-bucket", `b${i}`));
  const apis = Array.from({ length: count }, (_, i) => node("serverless-api", `a${i}`));
  return {
    env: "prod",
    nodes: [...buckets, ...apis],
    edges: apis.map((api, i) => ({
      dependent: api.id,
      dependency: buckets[i]!.id,
      key: "s3_bucket_nickname",
      kind: "nickname" as const,
      env: "prod",
    })),
  };
}

describe("grouping a large graph by type", () => {
  it("groups past 1,500 nodes", () => {
    expect(isGroupedGraph(graph(700))).toBe(false);
    expect(isGroupedGraph(graph(800))).toBe(true);
  });

  it("draws collapsed groups in dependency columns, and no components", () => {
    const view = groupedView(graph(800), []);
    expect(view.groups.map((g) => [g.name, g.members.length, g.expanded])).toEqual([
      ["s3-bucket", 800, false],
      ["serverless-api", 800, false],
    ]);
    const [buckets, apis] = view.groups;
    expect(apis!.x).toBeGreaterThan(buckets!.x + buckets!.width);
    expect(view.shown.nodes).toEqual([]);
    expect(view.groupOf.get("s3-bucket/b3")).toBe("group:s3-bucket");
  });

  it("lays an expanded group's components out in a grid inside it", () => {
    const view = groupedView(graph(800), ["group:s3-bucket"]);
    const group = view.groups[0]!;
    expect(view.shown.nodes).toHaveLength(800);
    for (const id of group.members) {
      const { x, y } = view.positions[id]!;
      expect(x).toBeGreaterThanOrEqual(group.x);
      expect(x).toBeLessThan(group.x + group.width);
      expect(y).toBeGreaterThan(group.y);
      expect(y).toBeLessThan(group.y + group.height);
    }
    expect(new Set(Object.values(view.positions).map((p) => `${p.x},${p.y}`)).size).toBe(800);
  });

  it("merges references between types into one counted edge", () => {
    const input = graph(800);
    expect(groupEdgesOf(input, groupedView(input, []))).toEqual([
      {
        id: "group:serverless-api=>group:s3-bucket",
        source: "group:s3-bucket",
        target: "group:serverless-api",
        count: 800,
        key: "s3_bucket_nickname",
      },
    ]);
  });
});

/** `graph(count)` with its components dealt out to `repositories` repositories in turn. */
function inRepositories(count: number, repositories: number): Graph {
  const input = graph(count);
  return {
    ...input,
    nodes: input.nodes.map((node, i) => ({ ...node, repo: `repo-${i % repositories}` })),
  };
}

describe("grouping a large graph of several repositories", () => {
  it("groups by repository when the components come from several, by type otherwise", () => {
    expect(groupByOf(inRepositories(800, 3))).toBe("repo");
    expect(groupByOf(inRepositories(800, 1))).toBe("type");
    expect(groupByOf(graph(800))).toBe("type");
  });

  it("draws one collapsed group per repository, with a stable id and its members", () => {
    const view = groupedView(inRepositories(800, 3), []);
    expect(view.groups.map((g) => [g.id, g.by, g.name, g.members.length, g.expanded])).toEqual([
      ["group:repo:repo-0", "repo", "repo-0", 534, false],
      ["group:repo:repo-1", "repo", "repo-1", 533, false],
      ["group:repo:repo-2", "repo", "repo-2", 533, false],
    ]);
    expect(view.groupOf.get("s3-bucket/b0")).toBe("group:repo:repo-0");
    expect(view.groupOf.get("s3-bucket/b1")).toBe("group:repo:repo-1");
    expect(view.shown.nodes).toEqual([]);
  });

  it("lays many repositories out in columns, none over another", () => {
    const view = groupedView(inRepositories(1600, 50), ["group:repo:repo-7"]);
    expect(view.groups).toHaveLength(50);
    // 8 to a column (the square root, rounded up): 7 columns
    expect(new Set(view.groups.map((g) => g.x)).size).toBe(7);
    for (const a of view.groups) {
      for (const b of view.groups) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
    // an expanded repository shows its own components, inside it
    const open = view.groups.find((g) => g.id === "group:repo:repo-7")!;
    expect(open.expanded).toBe(true);
    expect(view.shown.nodes.map((n) => n.id).sort()).toEqual([...open.members].sort());
    expect(view.shown.nodes.every((n) => n.repo === "repo-7")).toBe(true);
  });

  it("counts the references between repositories on one edge per pair", () => {
    // api-i depends on bucket-i: with two repositories, an even index is in repo-0 for both
    // kinds (buckets 0..n-1 are nodes 0..n-1, apis n..2n-1), so n even keeps each pair apart
    const input = inRepositories(800, 2);
    const edges = groupEdgesOf(input, groupedView(input, []));
    expect(edges).toEqual([]);
    const crossed: Graph = {
      ...input,
      nodes: input.nodes.map((node) =>
        node.type === "serverless-api" ? { ...node, repo: "repo-1" } : { ...node, repo: "repo-0" },
      ),
    };
    expect(groupEdgesOf(crossed, groupedView(crossed, []))).toEqual([
      {
        id: "group:repo:repo-1=>group:repo:repo-0",
        source: "group:repo:repo-0",
        target: "group:repo:repo-1",
        count: 800,
        key: "s3_bucket_nickname",
      },
    ]);
  });
});

describe("links between groups", () => {
  // api-i depends on bucket-(i+1): dealt out to 50 repositories, every repository reads another
  function tangled(): Graph {
    const input = inRepositories(2000, 50);
    const buckets = input.nodes.filter((node) => node.type === "s3-bucket");
    return {
      ...input,
      edges: input.edges.flatMap((edge, i) =>
        [1, 2, 3, 5, 7].map((step) => ({
          ...edge,
          dependency: buckets[(i + step) % buckets.length]!.id,
        })),
      ),
    };
  }

  it("draws them all while they are few", () => {
    const input = inRepositories(800, 3);
    const view = groupedView(input, []);
    const edges = groupEdgesOf(input, view);
    expect(shownGroupEdges(edges, view, null)).toBe(edges);
  });

  it("draws only the selection's group's when they would cover the canvas", () => {
    const input = tangled();
    const view = groupedView(input, []);
    const edges = groupEdgesOf(input, view);
    expect(edges.length).toBeGreaterThan(groupEdgesShownAlways);
    expect(shownGroupEdges(edges, view, null)).toEqual([]);
    const shown = shownGroupEdges(edges, view, "s3-bucket/b0");
    expect(shown.length).toBeGreaterThan(0);
    expect(
      shown.every(
        (edge) => edge.source === "group:repo:repo-0" || edge.target === "group:repo:repo-0",
      ),
    ).toBe(true);
    expect(shown).toEqual(
      edges.filter(
        (edge) => edge.source === "group:repo:repo-0" || edge.target === "group:repo:repo-0",
      ),
    );
  });
});
