import { computePlan, loadWorkspace } from "@karma/core";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { promoteComponent } from "./promote-component.ts";

const devSite = "iac/dev/serverless-site/strall-com/config.json";
const prodSite = "iac/prod/serverless-site/strall-com/config.json";

function promote(id: string, from: string, to: string) {
  const files = sampleFiles();
  const result = promoteComponent(files, loadWorkspace(files), id, from, to);
  if (!result.ok) throw new Error(result.error);
  return { before: files, after: result.files };
}

describe("promoting a component between environments", () => {
  it("creates it in the target with the source file as it is", () => {
    const { before, after } = promote("serverless-site/test-site", "dev", "prod");
    const file = "iac/prod/serverless-site/test-site/config.json";
    expect(after[file]).toBe(before["iac/dev/serverless-site/test-site/config.json"]);
    const plan = computePlan(before, after, { env: "prod" });
    expect(plan.actions.filter((a) => a.action !== "no-op").map((a) => a.action)).toEqual([
      "create",
    ]);
  });

  it("updates only the keys that differ, keeping the target's formatting", () => {
    const { before, after } = promote("serverless-site/strall-com", "dev", "prod");
    const workspace = loadWorkspace(after);
    const config = (env: string) =>
      workspace.components.find((c) => c.env === env && c.id === "serverless-site/strall-com")!
        .config;
    expect(config("prod")).toEqual(config("dev"));
    const changedLines = after[prodSite]!.split("\n").filter(
      (line, i) => line !== before[prodSite]!.split("\n")[i],
    );
    // site_name, bucket prefix, comment, custom domain, aliases, tags.Environment
    expect(changedLines).toHaveLength(6);
    expect(after[prodSite]).toContain('"domain_aliases": ["dev.strall.com"]');
    expect(after[devSite]).toBe(before[devSite]);
    const plan = computePlan(before, after);
    const changed = plan.actions.filter((a) => a.action !== "no-op");
    expect(changed.map((a) => `${a.env} ${a.action} ${a.component}`)).toEqual([
      "prod update serverless-site/strall-com",
    ]);
  });

  it("removes keys the source does not have", () => {
    const files = sampleFiles();
    const withExtra = {
      ...files,
      [prodSite]: files[prodSite]!.replace('"index_document"', '"extra": 1,\n  "index_document"'),
    };
    const result = promoteComponent(
      withExtra,
      loadWorkspace(withExtra),
      "serverless-site/strall-com",
      "dev",
      "prod",
    );
    expect(result.ok && result.files[prodSite]).not.toContain('"extra"');
  });

  it("refuses what it cannot promote, with a reason", () => {
    const files = sampleFiles();
    const workspace = loadWorkspace(files);
    expect(promoteComponent(files, workspace, "vpc/none", "dev", "prod")).toEqual({
      ok: false,
      error: "vpc/none does not exist in dev",
    });
    expect(promoteComponent(files, workspace, "serverless-site/strall-com", "dev", "dev").ok).toBe(
      false,
    );
  });
});
