import { describe, expect, it } from "vitest";
import {
  isRepositoryName,
  prefixFiles,
  repositoryPrefix,
  splitWorkspaceFiles,
  splitWorkspacePath,
} from "./workspace-paths.ts";

describe("workspace paths", () => {
  it("keeps the first repository's paths and puts another's under ../<name>/", () => {
    expect(repositoryPrefix(null)).toBe("");
    expect(repositoryPrefix("network")).toBe("../network/");
    expect(prefixFiles("network", { "iac/dev/vpc/main/config.json": "{}" })).toEqual({
      "../network/iac/dev/vpc/main/config.json": "{}",
    });
  });

  it("splits a path into its repository and the path inside it", () => {
    expect(splitWorkspacePath("iac/dev/vpc/main/config.json")).toEqual({
      repo: null,
      path: "iac/dev/vpc/main/config.json",
    });
    expect(splitWorkspacePath("../network/iac/dev/vpc/main/config.json")).toEqual({
      repo: "network",
      path: "iac/dev/vpc/main/config.json",
    });
    expect(splitWorkspacePath("../network")).toBeNull();
    expect(splitWorkspacePath("../../x/iac/a.json")).toBeNull();
    expect(splitWorkspacePath(".././iac/a.json")).toBeNull();
  });

  it("accepts folder names only", () => {
    expect(isRepositoryName("network-config")).toBe(true);
    expect(isRepositoryName("..")).toBe(false);
    expect(isRepositoryName(".")).toBe(false);
    expect(isRepositoryName("a/b")).toBe(false);
    expect(isRepositoryName("a\\b")).toBe(false);
    expect(isRepositoryName("")).toBe(false);
  });

  it("splits a map into repositories, the first always there, and back", () => {
    const files = {
      "iac/dev/app/web/config.json": "{}",
      "../network/iac/dev/vpc/main/config.json": '{"a": 1}',
      "../data/iac/dev/s3/logs/config.json": "{}",
      "../network/account_environments/dev.json": "{}",
      "../../escape/iac/dev/vpc/x/config.json": "{}",
    };
    const split = splitWorkspaceFiles(files);
    expect(split.map((part) => part.repo)).toEqual([null, "network", "data"]);
    expect(split[1]!.files).toEqual({
      "iac/dev/vpc/main/config.json": '{"a": 1}',
      "account_environments/dev.json": "{}",
    });
    const joined = Object.assign({}, ...split.map((part) => prefixFiles(part.repo, part.files)));
    const { "../../escape/iac/dev/vpc/x/config.json": _, ...kept } = files;
    expect(joined).toEqual(kept);
    expect(splitWorkspaceFiles({})).toEqual([{ repo: null, files: {} }]);
  });

  it("leaves out a __proto__ key", () => {
    const files = JSON.parse('{"__proto__": "x", "iac/a/b/c/config.json": "{}"}');
    const [first] = splitWorkspaceFiles(files);
    expect(Object.keys(first!.files)).toEqual(["iac/a/b/c/config.json"]);
    expect(Object.getPrototypeOf(first!.files)).toBe(Object.prototype);
  });
});
