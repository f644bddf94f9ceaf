import { loadWorkspace } from "@karma/core";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { compareEnvironments } from "./compare-environments.ts";

describe("comparing two environments", () => {
  it("lists components only in one, and per-key differences of those in both", () => {
    const comparison = compareEnvironments(loadWorkspace(sampleFiles()), "dev", "prod");
    expect(comparison.counts).toEqual({ "only-left": 1, "only-right": 9, different: 2, same: 0 });
    const byId = new Map(comparison.rows.map((row) => [row.id, row]));
    expect(byId.get("serverless-site/test-site")?.status).toBe("only-left");
    expect(byId.get("route53-zone/strall-com")?.status).toBe("only-right");
    const site = byId.get("serverless-site/strall-com")!;
    expect(site.status).toBe("different");
    expect(site.changes).toContainEqual({
      path: "site_name",
      before: "dev.strall.com",
      after: "strall.com",
    });
    expect(site.changes).toContainEqual({ path: "tags.Environment", before: "dev", after: "prod" });
  });

  it("finds nothing different between an environment and itself", () => {
    const comparison = compareEnvironments(loadWorkspace(sampleFiles()), "prod", "prod");
    expect(comparison.counts).toEqual({ "only-left": 0, "only-right": 0, different: 0, same: 11 });
  });
});
