import { describe, expect, it } from "vitest";
import { serveApi } from "./serve-api.ts";

function answering(body: unknown, requests: { url: string; init?: RequestInit }[] = []) {
  return (async (url: string, init?: RequestInit) => {
    requests.push({ url, ...(init ? { init } : {}) });
    return new Response(JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
}

describe("the karma serve API", () => {
  it("reads the repositories of a workspace served with --with, their files under ../<name>/", async () => {
    const files = {
      "iac/dev/ecs-cluster/core/config.json": "{}",
      "../network/iac/dev/vpc/main/config.json": "{}",
    };
    const repositories = [
      { name: "app", root: "/work/app" },
      { name: "network", root: "/work/network" },
    ];
    const served = await serveApi(
      "t",
      answering({ root: "/work/app", files, repositories }),
    ).readFiles();
    expect(served).toEqual({ root: "/work/app", files, problems: [], repositories });
    const alone = await serveApi("t", answering({ root: "/work/app", files: {} })).readFiles();
    expect(alone.repositories).toBeUndefined();
  });

  it("saves changes of every repository by their paths in the workspace's map", async () => {
    const requests: { url: string; init?: RequestInit }[] = [];
    const path = "../network/iac/dev/vpc/main/config.json";
    const result = await serveApi("t", answering({}, requests)).save(
      { [path]: "{}\n" },
      { [path]: "{}" },
    );
    expect(result).toEqual({ kind: "saved", paths: [path] });
    const body = JSON.parse(String(requests[0]!.init!.body));
    expect(Object.keys(body.changes)).toEqual([path]);
    expect(Object.keys(body.versions)).toEqual([path]);
  });
});
