import { describe, expect, it } from "vitest";
import type { FileMap } from "../json.ts";
import { workspaceGraph } from "../repositories/workspace-graph.ts";
import { prefixFiles } from "../repositories/workspace-paths.ts";
import { loadRepositories } from "../repositories/workspace-repositories.ts";
import { addComponent } from "./add-component.ts";
import { componentNameError } from "./component-name.ts";
import { deleteComponent } from "./delete-component.ts";
import { duplicateComponents } from "./duplicate-components.ts";
import type { EditResult } from "./edit-result.ts";
import { promoteComponent } from "./promote-component.ts";
import { referencesToRename } from "./references-to-rename.ts";
import { renameComponent } from "./rename-component.ts";

// Edits in the one file map of a workspace of repositories: each stays in its repository.

const cluster = "iac/dev/ecs-cluster/core/config.json";
const vpc = "../network/iac/dev/vpc/main/config.json";
const layout = ".karma/layout/dev.json";

const files: FileMap = {
  [cluster]: '{\n  "vpc_nickname": "main"\n}\n',
  [layout]: '{\n  "vpc/main": {\n    "x": 1,\n    "y": 2\n  }\n}\n',
  ...prefixFiles("network", {
    "iac/dev/vpc/main/config.json": '{\n  "cidr": "10.0.0.0/16"\n}\n',
  }),
};

function edited(result: EditResult): FileMap {
  if (!result.ok) throw new Error(result.error);
  return result.files;
}

describe("edits in a workspace of repositories", () => {
  it("renames in the component's repository and follows references in the others", () => {
    const loaded = loadRepositories(files, { first: "app" });
    const references = referencesToRename(workspaceGraph(loaded, "dev"), "vpc/main", "app");
    expect(references).toEqual([{ file: cluster, key: "vpc_nickname", kind: "nickname" }]);
    const after = edited(
      renameComponent(
        files,
        { env: "dev", type: "vpc", nickname: "main", newNickname: "core", repo: "network" },
        references,
      ),
    );
    expect(after[vpc]).toBeUndefined();
    expect(after["../network/iac/dev/vpc/core/config.json"]).toBe(files[vpc]);
    expect(after[cluster]).toBe('{\n  "vpc_nickname": "core"\n}\n');
    // the positions are the workspace's canvas: the first repository's layout
    expect(after[layout]).toContain('"vpc/core"');
  });

  it("names the files of references from another repository with its folder", () => {
    const loaded = loadRepositories(
      {
        "iac/dev/vpc/main/config.json": "{}",
        ...prefixFiles("apps", { "iac/dev/ecs-cluster/core/config.json": files[cluster]! }),
      },
      { first: "network" },
    );
    expect(referencesToRename(workspaceGraph(loaded, "dev"), "vpc/main", "network")).toEqual([
      {
        file: "../apps/iac/dev/ecs-cluster/core/config.json",
        key: "vpc_nickname",
        kind: "nickname",
      },
    ]);
  });

  it("adds and deletes in the repository named", () => {
    const added = edited(
      addComponent(files, {
        env: "dev",
        type: "vpc",
        nickname: "edge",
        repo: "network",
        config: {},
      }),
    );
    expect(Object.keys(added)).toContain("../network/iac/dev/vpc/edge/config.json");
    const deleted = edited(
      deleteComponent(files, { env: "dev", type: "vpc", nickname: "main", repo: "network" }),
    );
    expect(deleted[vpc]).toBeUndefined();
    expect(deleted[layout]).toBe("{}\n");
    expect(deleteComponent(files, { env: "dev", type: "vpc", nickname: "main" })).toEqual({
      ok: false,
      error: "vpc/main does not exist in dev (iac/dev/vpc/main/config.json)",
    });
    expect(componentNameError({ env: "dev", type: "vpc", nickname: "a", repo: "../x" })).toMatch(
      /repository/,
    );
  });

  it("duplicates and promotes into the source's repository", () => {
    const { workspace } = loadRepositories(files, { first: "app" });
    const copied = duplicateComponents(files, workspace, { env: "dev", ids: ["vpc/main"] });
    if (!copied.ok) throw new Error(copied.error);
    expect(copied.duplicates).toEqual([{ original: "vpc/main", copy: "vpc/main-1" }]);
    expect(copied.files["../network/iac/dev/vpc/main-1/config.json"]).toBe(files[vpc]);

    const promoted = edited(promoteComponent(files, workspace, "vpc/main", "dev", "prod"));
    expect(promoted["../network/iac/prod/vpc/main/config.json"]).toBe(files[vpc]);
  });
});
