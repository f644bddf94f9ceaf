import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import type { FileMap } from "../json.ts";
import { computePlan } from "../plan/compute-plan.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { promoteComponent } from "./promote-component.ts";

const devSite = "iac/dev/serverless-site/strall-com/config.json";
const prodSite = "iac/prod/serverless-site/strall-com/config.json";

function promote(id: string, from: string, to: string) {
  const files = readFixture();
  const result = promoteComponent(files, loadWorkspace(files), id, from, to);
  if (!result.ok) throw new Error(result.error);
  return { before: files, after: result.files };
}

describe("promoteComponent", () => {
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
    const files = readFixture();
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

  it("returns the same files when both environments already agree", () => {
    const { after } = promote("serverless-site/strall-com", "dev", "prod");
    const again = promoteComponent(
      after,
      loadWorkspace(after),
      "serverless-site/strall-com",
      "dev",
      "prod",
    );
    expect(again.ok && again.files).toBe(after);
  });

  it("refuses what it cannot promote, with a reason", () => {
    const files = readFixture();
    const workspace = loadWorkspace(files);
    expect(promoteComponent(files, workspace, "vpc/none", "dev", "prod")).toEqual({
      ok: false,
      error: "vpc/none does not exist in dev",
    });
    expect(promoteComponent(files, workspace, "serverless-site/strall-com", "dev", "dev")).toEqual({
      ok: false,
      error: "serverless-site/strall-com cannot be promoted to its own environment",
    });
  });

  it("refuses a config that is not a JSON object on either side, and a target it could not read", () => {
    const broken: FileMap = { ...readFixture(), [prodSite]: "[]\n" };
    const id = "serverless-site/strall-com";
    expect(promoteComponent(broken, loadWorkspace(broken), id, "dev", "prod")).toEqual({
      ok: false,
      error: `${prodSite} is not a JSON object: fix it before promoting`,
    });
    expect(promoteComponent(broken, loadWorkspace(broken), id, "prod", "dev")).toEqual({
      ok: false,
      error: `${prodSite} is not a JSON object: fix it before promoting`,
    });
    const { [prodSite]: _unread, ...files } = readFixture();
    const workspace = loadWorkspace(files, {
      notRead: [{ path: prodSite, severity: "error", message: "permission denied" }],
    });
    expect(promoteComponent(files, workspace, id, "dev", "prod")).toEqual({
      ok: false,
      error: `${prodSite} is not a JSON object: fix it before promoting`,
    });
  });
});
