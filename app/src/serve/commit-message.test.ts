import { computePlan, type FileMap, loadWorkspace } from "@karma/core";
import { describe, expect, it } from "vitest";
import { commitMessageOf } from "./commit-message.ts";

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
const vpc = "iac/dev/vpc/core/config.json";
const base: FileMap = {
  "account_environments/acme-dev.json": json({ name: "acme-dev", environment: "dev" }),
  [vpc]: json({ cidr: "10.0.0.0/16" }),
  "iac/dev/ecs-cluster/core/config.json": json({ vpc_nickname: "core" }),
};
const planFrom = (files: FileMap) => computePlan(loadWorkspace(base), loadWorkspace(files));

describe("the commit message offered after a save", () => {
  it("names the changed component and its fields", () => {
    const files = { ...base, [vpc]: json({ cidr: "10.1.0.0/16", az_count: 3 }) };
    expect(commitMessageOf(planFrom(files), [vpc])).toBe(
      "Update vpc/core in dev\n\n- update vpc/core: cidr, az_count",
    );
  });

  it("groups a few changes by what they do, and counts many", () => {
    const few: FileMap = { ...base, [vpc]: json({ cidr: "10.1.0.0/16" }) };
    few["iac/dev/s3-bucket/logs/config.json"] = json({ bucket_name: "logs" });
    delete few["iac/dev/ecs-cluster/core/config.json"];
    expect(commitMessageOf(planFrom(few), Object.keys(few))).toBe(
      [
        "Create s3-bucket/logs; update vpc/core; delete ecs-cluster/core in dev",
        "",
        "- delete ecs-cluster/core",
        "- create s3-bucket/logs",
        "- update vpc/core: cidr",
      ].join("\n"),
    );
    const many: FileMap = { ...base };
    for (const name of ["a", "b", "c", "d"]) {
      many[`iac/dev/s3-bucket/${name}/config.json`] = json({ bucket_name: name });
    }
    expect(commitMessageOf(planFrom(many), []).split("\n")[0]).toBe("Change 4 components in dev");
  });

  it("says what a save without a component change did", () => {
    const layout = ".karma/layout/dev.json";
    expect(commitMessageOf(planFrom(base), [layout])).toBe("Arrange the layout");
    expect(commitMessageOf(planFrom(base), [layout, "iac/dev/notes.md"])).toBe(
      "Update 2 Karma files",
    );
  });
});
