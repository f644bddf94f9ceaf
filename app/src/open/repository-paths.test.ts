import { describe, expect, it } from "vitest";
import { isRepositoryPath, shouldDescend, stripCommonRoot } from "./repository-paths.ts";

describe("repository paths", () => {
  it("reads only the parts of a repository Karma uses", () => {
    expect(isRepositoryPath("iac/prod/vpc/main/config.json")).toBe(true);
    expect(isRepositoryPath("account_environments/prod.json")).toBe(true);
    expect(isRepositoryPath(".karma/layout/prod.json")).toBe(true);
    expect(isRepositoryPath("README.md")).toBe(false);
    expect(isRepositoryPath("node_modules/x/iac/a.json")).toBe(false);
  });

  it("descends into those folders only, and never into .git or node_modules", () => {
    expect(shouldDescend("iac", 0)).toBe(true);
    expect(shouldDescend("src", 0)).toBe(false);
    expect(shouldDescend("prod", 1)).toBe(true);
    expect(shouldDescend(".git", 2)).toBe(false);
    expect(shouldDescend("node_modules", 3)).toBe(false);
  });

  it("drops the top folder of a GitHub zip or a folder input", () => {
    const paths = ["aws-config-main/iac/prod/a/b/config.json", "aws-config-main/LICENSE"];
    const toRoot = stripCommonRoot(paths);
    expect(paths.map(toRoot)).toEqual(["iac/prod/a/b/config.json", "LICENSE"]);
  });

  it("keeps paths that already start at the repository root", () => {
    const paths = ["iac/prod/a/b/config.json", "iac/dev/a/b/config.json"];
    expect(paths.map(stripCommonRoot(paths))).toEqual(paths);
    const mixed = ["one/iac/x.json", "two/iac/y.json"];
    expect(mixed.map(stripCommonRoot(mixed))).toEqual(mixed);
  });
});
