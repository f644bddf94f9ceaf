import { loadRepositories } from "@karma/core";
import { describe, expect, it } from "vitest";
import { changesByRepository, folderOf, zipPaths } from "./repository-changes.ts";

const cluster = "iac/dev/ecs-cluster/core/config.json";
const vpc = "iac/dev/vpc/main/config.json";
const files = { [cluster]: "{}\n", [`../network/${vpc}`]: "{}\n" };
const { repositories } = loadRepositories(files, { first: "app" });

describe("an export's changes by repository", () => {
  const changes = { [cluster]: '{"a": 1}\n', [`../network/${vpc}`]: null };

  it("splits them into each repository's own paths, the opened one first", () => {
    expect(changesByRepository(repositories, changes, files)).toEqual([
      {
        name: "app",
        repo: null,
        changes: { [cluster]: '{"a": 1}\n' },
        baseline: { [cluster]: "{}\n" },
      },
      { name: "network", repo: "network", changes: { [vpc]: null }, baseline: { [vpc]: "{}\n" } },
    ]);
  });

  it("puts each repository under a folder of its name in a zip, never under ../", () => {
    expect(zipPaths(repositories, { ...changes, "../../x/iac/a.json": "{}" })).toEqual({
      [`app/${cluster}`]: '{"a": 1}\n',
      [`network/${vpc}`]: null,
    });
    const alone = loadRepositories({ [cluster]: "{}\n" }, { first: "app" }).repositories;
    expect(zipPaths(alone, { [cluster]: "1" })).toEqual({ [cluster]: "1" });
  });

  it("writes a repository back to the folder it was opened or added from", () => {
    const handle = { name: "app" } as FileSystemDirectoryHandle;
    const other = { name: "network" } as FileSystemDirectoryHandle;
    const source = {
      kind: "folder",
      name: "app",
      handle,
      otherHandles: { network: other },
    } as const;
    expect(folderOf(source, { repo: null })).toBe(handle);
    expect(folderOf(source, { repo: "network" })).toBe(other);
    expect(folderOf({ kind: "folder", name: "app", handle }, { repo: "network" })).toBeUndefined();
  });
});
