import type { Graph } from "@karma/core";
import { describe, expect, it } from "vitest";
import { groupEdgesOf, groupedView, isGroupedGraph } from "./group-layout.ts";

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
    expect(view.groups.map((g) => [g.type, g.members.length, g.expanded])).toEqual([
      ["s3-bucket", 800, false],
      ["serverless-api", 800, false],
    ]);
    const [buckets, apis] = view.groups;
    expect(apis!.x).toBeGreaterThan(buckets!.x + buckets!.width);
    expect(view.shown.nodes).toEqual([]);
    expect(view.groupOf.get("s3-bucket/b3")).toBe("group:s3-bucket");
  });

  it("lays an expanded group's components out in a grid inside it", () => {
    const view = groupedView(graph(800), ["s3-bucket"]);
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
