import { describe, expect, it } from "vitest";
import type { CommitDelta, CommitHistory } from "./commit-delta.ts";
import { componentHistory } from "./component-history.ts";
import { historyEnvironments } from "./history-environments.ts";

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

function commit(subject: string, changes: Record<string, string | null>): CommitDelta {
  return {
    sha: subject,
    author: "Dana Dev",
    date: "2026-04-20T10:00:00Z",
    subject,
    changes: Object.entries(changes).map(([path, text]) =>
      text === null ? { kind: "remove", path } : { kind: "write", path, text },
    ),
  };
}

const history: CommitHistory = {
  commits: [
    commit("Add the network", {
      "iac/dev/vpc/core/config.json": json({ cidr: "10.0.0.0/16" }),
      "iac/dev/ecs-cluster/core/config.json": json({ vpc_nickname: "core" }),
    }),
    commit("Add prod", { "iac/prod/vpc/edge/config.json": json({ cidr: "10.8.0.0/16" }) }),
    commit("Widen the VPC", { "iac/dev/vpc/core/config.json": json({ cidr: "10.1.0.0/16" }) }),
    commit("Rename the VPC", {
      "iac/dev/vpc/core/config.json": null,
      "iac/dev/vpc/main/config.json": json({ cidr: "10.1.0.0/16" }),
    }),
    commit("Tune the VPC", {
      "iac/dev/vpc/main/config.json": json({ cidr: "10.1.0.0/16", az_count: 3 }),
    }),
    commit("Drop the cluster", { "iac/dev/ecs-cluster/core/config.json": null }),
  ],
};

describe("componentHistory", () => {
  it("lists a component's commits newest first with their field diffs, through a rename", () => {
    const commits = componentHistory(history, "dev", "vpc/main");
    expect(commits.map((c) => [c.subject, c.change])).toEqual([
      ["Tune the VPC", "update"],
      ["Rename the VPC", "rename"],
      ["Widen the VPC", "update"],
      ["Add the network", "create"],
    ]);
    expect(commits[0]).toEqual({
      sha: "Tune the VPC",
      author: "Dana Dev",
      date: "2026-04-20T10:00:00Z",
      subject: "Tune the VPC",
      change: "update",
      fields: [{ path: "az_count", after: 3 }],
    });
    expect(commits[1]).toMatchObject({ from: "vpc/core", to: "vpc/main", fields: [] });
  });

  it("ends the old name's history with the rename", () => {
    expect(componentHistory(history, "dev", "vpc/core").map((c) => [c.subject, c.change])).toEqual([
      ["Rename the VPC", "rename"],
      ["Widen the VPC", "update"],
      ["Add the network", "create"],
    ]);
  });

  it("lists a delete, and nothing for a component the environment never had", () => {
    expect(componentHistory(history, "dev", "ecs-cluster/core").map((c) => c.change)).toEqual([
      "delete",
      "create",
    ]);
    expect(componentHistory(history, "dev", "vpc/edge")).toEqual([]);
  });
});

describe("historyEnvironments", () => {
  it("names every environment that held a component, or the ones a component was in", () => {
    expect(historyEnvironments(history)).toEqual(["dev", "prod"]);
    expect(historyEnvironments(history, "vpc/core")).toEqual(["dev"]);
    expect(historyEnvironments(history, "vpc/edge")).toEqual(["prod"]);
    expect(historyEnvironments(history, "vpc/nowhere")).toEqual([]);
    expect(historyEnvironments(history, "no-slash")).toEqual([]);
    expect(historyEnvironments({ commits: [] })).toEqual([]);
  });

  it("counts what the base holds", () => {
    const base = { files: { "iac/stage/vpc/core/config.json": "{}" }, notRead: [] };
    expect(historyEnvironments({ base, commits: [] })).toEqual(["stage"]);
  });
});
