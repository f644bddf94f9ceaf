import { describe, expect, it } from "vitest";
import type { CommitDelta, PathChange } from "./commit-delta.ts";
import { environmentLog } from "./environment-log.ts";

const vpc = "iac/dev/vpc/core/config.json";
const cluster = "iac/dev/ecs-cluster/core/config.json";
const api = "iac/dev/ecs-service/api/config.json";
const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

let serial = 0;
/** A commit writing (text) or removing (null) files; `PathChange`s pass as they are. */
function commit(
  subject: string,
  changes: Record<string, string | null> | PathChange[],
): CommitDelta {
  serial++;
  return {
    sha: serial.toString(16).padStart(40, "0"),
    author: "Dana Dev",
    date: `2026-04-${String(serial).padStart(2, "0")}T10:00:00Z`,
    subject,
    changes: Array.isArray(changes)
      ? changes
      : Object.entries(changes).map(([path, text]) =>
          text === null ? { kind: "remove", path } : { kind: "write", path, text },
        ),
  };
}

const network = () =>
  commit("Add the network", {
    "account_environments/dev.json": json({ environment: "dev" }),
    [vpc]: json({ cidr: "10.0.0.0/16" }),
    [cluster]: json({ vpc_nickname: "core" }),
  });
const service = () =>
  commit("Add the API service", {
    [api]: json({ cluster_nickname: "core", vpc_nickname: "core" }),
  });

describe("environmentLog", () => {
  it("lists per commit, newest first, the components and edges it changed", () => {
    const log = environmentLog(
      {
        commits: [
          network(),
          service(),
          commit("Widen the VPC", { [vpc]: json({ cidr: "10.1.0.0/16" }) }),
        ],
      },
      "dev",
    );
    expect(log.env).toBe("dev");
    expect(log.commits.map((c) => c.subject)).toEqual([
      "Widen the VPC",
      "Add the API service",
      "Add the network",
    ]);
    const [widen, added, first] = log.commits;
    expect(widen).toMatchObject({ author: "Dana Dev", date: expect.stringMatching(/Z$/) });
    expect(widen!.components).toEqual([
      {
        id: "vpc/core",
        change: "update",
        fields: [{ path: "cidr", before: "10.0.0.0/16", after: "10.1.0.0/16" }],
      },
    ]);
    expect(widen!.edges).toEqual([]);
    expect(added!.components).toEqual([
      {
        id: "ecs-service/api",
        change: "create",
        fields: [
          { path: "cluster_nickname", after: "core" },
          { path: "vpc_nickname", after: "core" },
        ],
      },
    ]);
    expect(added!.edges).toEqual([
      {
        dependent: "ecs-service/api",
        dependency: "ecs-cluster/core",
        key: "cluster_nickname",
        change: "add",
      },
      { dependent: "ecs-service/api", dependency: "vpc/core", key: "vpc_nickname", change: "add" },
    ]);
    expect(first!.components.map((c) => [c.id, c.change])).toEqual([
      ["ecs-cluster/core", "create"],
      ["vpc/core", "create"],
    ]);
    expect(first!.edges).toEqual([
      { dependent: "ecs-cluster/core", dependency: "vpc/core", key: "vpc_nickname", change: "add" },
    ]);
  });

  it("tells a file moved with the same text as one rename, and its edges moving", () => {
    const log = environmentLog(
      {
        commits: [
          network(),
          commit("Rename the VPC", {
            [vpc]: null,
            "iac/dev/vpc/main/config.json": json({ cidr: "10.0.0.0/16" }),
            [cluster]: json({ vpc_nickname: "main" }),
          }),
        ],
      },
      "dev",
    );
    const [renamed] = log.commits;
    expect(renamed!.components).toEqual([
      {
        id: "ecs-cluster/core",
        change: "update",
        fields: [{ path: "vpc_nickname", before: "core", after: "main" }],
      },
      { id: "vpc/main", change: "rename", fields: [], from: "vpc/core" },
    ]);
    expect(renamed!.edges).toEqual([
      {
        dependent: "ecs-cluster/core",
        dependency: "vpc/core",
        key: "vpc_nickname",
        change: "remove",
      },
      { dependent: "ecs-cluster/core", dependency: "vpc/main", key: "vpc_nickname", change: "add" },
    ]);
  });

  it("tells a move that changed the text, or the type, as a delete and a create", () => {
    const log = environmentLog(
      {
        commits: [
          network(),
          commit("Move and edit", {
            [vpc]: null,
            "iac/dev/vpc/main/config.json": json({ cidr: "10.9.0.0/16" }),
          }),
          commit("Not a rename across types", {
            [cluster]: null,
            "iac/dev/s3-bucket/core/config.json": json({ vpc_nickname: "core" }),
          }),
        ],
      },
      "dev",
    );
    expect(log.commits.map((c) => c.components.map((x) => `${x.change} ${x.id}`))).toEqual([
      ["delete ecs-cluster/core", "create s3-bucket/core"],
      ["delete vpc/core", "create vpc/main"],
      ["create ecs-cluster/core", "create vpc/core"],
    ]);
  });

  it("deletes with the whole config as removed fields and the edges removed", () => {
    const log = environmentLog(
      { commits: [network(), service(), commit("Drop the API", { [api]: null })] },
      "dev",
    );
    const [dropped] = log.commits;
    expect(dropped!.components).toEqual([
      {
        id: "ecs-service/api",
        change: "delete",
        fields: [
          { path: "cluster_nickname", before: "core" },
          { path: "vpc_nickname", before: "core" },
        ],
      },
    ]);
    expect(dropped!.edges.map((e) => `${e.change} ${e.dependency}`)).toEqual([
      "remove ecs-cluster/core",
      "remove vpc/core",
    ]);
  });

  it("calls a file that cannot be parsed unknown: no delete, no create, no edge removed", () => {
    const log = environmentLog(
      {
        commits: [
          network(),
          service(),
          commit("Break the service", { [api]: '{"cluster_nickname": "core",' }),
          commit("Fix the service", { [api]: json({ cluster_nickname: "core" }) }),
          commit("Add a broken bucket", { "iac/dev/s3-bucket/logs/config.json": "[1, 2]" }),
          commit("Edit the service", { [api]: json({ cluster_nickname: "core", cpu: 512 }) }),
        ],
      },
      "dev",
    );
    const [edit, bucket, fix, broke] = log.commits;
    expect(broke!.components).toEqual([
      {
        id: "ecs-service/api",
        change: "unknown",
        fields: [],
        reason: expect.stringMatching(
          /^iac\/dev\/ecs-service\/api\/config\.json is not valid JSON \(1:\d+ /,
        ),
      },
    ]);
    expect(broke!.edges).toEqual([]);
    expect(fix!.components).toEqual([
      {
        id: "ecs-service/api",
        change: "unknown",
        fields: [],
        reason: expect.stringMatching(/^in the base, .* is not valid JSON/),
      },
    ]);
    // the vpc edge went with the fix, but the parent's edges were unknown: nothing is claimed
    expect(fix!.edges).toEqual([]);
    expect(bucket!.components).toEqual([
      {
        id: "s3-bucket/logs",
        change: "unknown",
        fields: [],
        reason: "iac/dev/s3-bucket/logs/config.json is not a JSON object",
      },
    ]);
    expect(edit!.components).toEqual([
      { id: "ecs-service/api", change: "update", fields: [{ path: "cpu", after: 512 }] },
    ]);
  });

  it("calls a file that was not read unknown, and what a symbolic link hides too", () => {
    const log = environmentLog(
      {
        commits: [
          network(),
          service(),
          commit("Save as UTF-16", [
            { kind: "not-read", path: api, severity: "error", message: "is not UTF-8 text" },
          ]),
          commit("Link the cluster folder", [
            { kind: "remove", path: cluster },
            {
              kind: "not-read",
              path: "iac/dev/ecs-cluster",
              severity: "warning",
              message: "is a symbolic link",
            },
          ]),
        ],
      },
      "dev",
    );
    const [linked, utf16] = log.commits;
    expect(utf16!.components).toEqual([
      {
        id: "ecs-service/api",
        change: "unknown",
        fields: [],
        reason: "iac/dev/ecs-service/api/config.json was not read (is not UTF-8 text)",
      },
    ]);
    expect(utf16!.edges).toEqual([]);
    expect(linked!.components).toEqual([
      {
        id: "ecs-cluster/core",
        change: "unknown",
        fields: [],
        reason: "iac/dev/ecs-cluster was not read (is a symbolic link)",
      },
    ]);
    expect(linked!.edges).toEqual([]);
  });

  it("leaves out commits that changed nothing in the environment", () => {
    const log = environmentLog(
      {
        commits: [
          network(),
          commit("Move nodes", { ".karma/layout/dev.json": json({ "vpc/core": { x: 1, y: 2 } }) }),
          commit("Add prod", { "iac/prod/vpc/core/config.json": json({ cidr: "10.2.0.0/16" }) }),
          commit("Same text again", { [vpc]: json({ cidr: "10.0.0.0/16" }) }),
        ],
      },
      "dev",
    );
    expect(log.commits.map((c) => c.subject)).toEqual(["Add the network"]);
    expect(environmentLog({ commits: [] }, "dev")).toEqual({ env: "dev", commits: [] });
  });

  it("tells an edge moved by another environment: a name match that found nothing at home", () => {
    const site = "iac/dev/serverless-site/web/config.json";
    const log = environmentLog(
      {
        commits: [
          commit("Add the site", { [site]: json({ route53_zone_name: "acme.org." }) }),
          commit("Add the prod zone", {
            "iac/prod/route53-zone/main/config.json": json({ zone_name: "acme.org" }),
          }),
        ],
      },
      "dev",
    );
    expect(log.commits[0]).toMatchObject({
      subject: "Add the prod zone",
      components: [],
      edges: [
        {
          dependent: "serverless-site/web",
          dependency: "route53-zone/acme.org",
          key: "route53_zone_name",
          change: "remove",
        },
        {
          dependent: "serverless-site/web",
          dependency: "route53-zone/main",
          key: "route53_zone_name",
          change: "add",
        },
      ],
    });
  });

  it("starts from a base when the history does not reach the first commit", () => {
    const log = environmentLog(
      {
        base: { files: { [vpc]: json({ cidr: "10.0.0.0/16" }) }, notRead: [] },
        commits: [commit("Widen the VPC", { [vpc]: json({ cidr: "10.1.0.0/16" }) })],
      },
      "dev",
    );
    expect(log.commits.map((c) => c.components.map((x) => x.change))).toEqual([["update"]]);
  });
});
