import { describe, expect, it } from "vitest";
import type { FileMap } from "../json.ts";
import { parseLayoutFile } from "../layout/layout-file.ts";
import { loadWorkspace } from "../repo/load-workspace.ts";
import {
  type DuplicateResult,
  type Duplication,
  duplicateComponents,
} from "./duplicate-components.ts";

const vpc = "iac/dev/vpc/main/config.json";
const layout = ".karma/layout/dev.json";

function repository(): FileMap {
  return {
    [vpc]: '{\n    "cidr_block": "10.0.0.0/16"\n}\n',
    "iac/dev/s3-bucket/logs/config.json": '{ "bucket_name": "logs" }\n',
    [layout]: `${JSON.stringify({ "s3-bucket/logs": { x: 300, y: 0 }, "vpc/main": { x: 0, y: 0 } }, null, 2)}\n`,
  };
}

function duplicate(files: FileMap, duplication: Duplication): DuplicateResult {
  return duplicateComponents(files, loadWorkspace(files), duplication);
}

function duplicated(files: FileMap, duplication: Duplication) {
  const result = duplicate(files, duplication);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("duplicateComponents", () => {
  it("copies a component with a new nickname, its text as it is, placed below right", () => {
    const before = repository();
    const { files, duplicates } = duplicated(before, { env: "dev", ids: ["vpc/main"] });
    expect(duplicates).toEqual([{ original: "vpc/main", copy: "vpc/main-1" }]);
    // the copy is the original's text, formatting included
    expect(files["iac/dev/vpc/main-1/config.json"]).toBe(before[vpc]);
    expect(parseLayoutFile(layout, files[layout]!).positions["vpc/main-1"]).toEqual({
      x: 40,
      y: 40,
    });
    const changed = Object.keys(files).filter((file) => files[file] !== before[file]);
    expect(changed.sort()).toEqual(["iac/dev/vpc/main-1/config.json", layout].sort());

    const again = duplicated(files, { env: "dev", ids: ["vpc/main"] });
    expect(again.duplicates).toEqual([{ original: "vpc/main", copy: "vpc/main-2" }]);
  });

  it("numbers a copy of a copy from the original's name", () => {
    const { files } = duplicated(repository(), { env: "dev", ids: ["vpc/main"] });
    const { duplicates } = duplicated(files, { env: "dev", ids: ["vpc/main-1"] });
    expect(duplicates).toEqual([{ original: "vpc/main-1", copy: "vpc/main-2" }]);
  });

  it("copies several components in one edit, each copy seeing the ones before", () => {
    const { files, duplicates } = duplicated(repository(), {
      env: "dev",
      ids: ["vpc/main", "s3-bucket/logs", "vpc/main"],
      positions: { "vpc/main": { x: 100, y: 200 } },
    });
    expect(duplicates.map(({ copy }) => copy)).toEqual([
      "vpc/main-1",
      "s3-bucket/logs-1",
      "vpc/main-2",
    ]);
    // shown positions win over saved ones
    expect(parseLayoutFile(layout, files[layout]!).positions).toEqual({
      "s3-bucket/logs": { x: 300, y: 0 },
      "s3-bucket/logs-1": { x: 340, y: 40 },
      "vpc/main": { x: 0, y: 0 },
      "vpc/main-1": { x: 140, y: 240 },
      "vpc/main-2": { x: 140, y: 240 },
    });
  });

  it("skips a nickname held by a file that could not be read, or in another case", () => {
    const files = { ...repository(), "iac/dev/vpc/Main-2/config.json": "{}\n" };
    const workspace = loadWorkspace(files, {
      notRead: [
        { path: "iac/dev/vpc/main-1/config.json", severity: "error", message: "permission denied" },
      ],
    });
    const result = duplicateComponents(files, workspace, { env: "dev", ids: ["vpc/main"] });
    expect(result.ok && result.duplicates).toEqual([{ original: "vpc/main", copy: "vpc/main-3" }]);
  });

  it("places no copy whose original has no position", () => {
    const files = repository();
    delete files[layout];
    const after = duplicated(files, { env: "dev", ids: ["vpc/main"] }).files;
    expect(after[layout]).toBe("{}\n");
  });

  it("leaves the files as they are when nothing is a component of the environment", () => {
    const files = repository();
    const result = duplicate(files, { env: "dev", ids: ["vpc/absent", "s3-bucket/logs/x"] });
    expect(result).toEqual({ ok: true, files, duplicates: [] });
    expect(result.ok && result.files).toBe(files);
    expect(duplicate(files, { env: "prod", ids: ["vpc/main"] }).ok).toBe(true);
  });

  it("refuses a component whose config is not a JSON object, or whose copy could not be named", () => {
    const files = { ...repository(), "iac/dev/vpc/broken/config.json": "[1, 2]\n" };
    expect(duplicate(files, { env: "dev", ids: ["vpc/main", "vpc/broken"] })).toEqual({
      ok: false,
      error: "vpc/broken has a config that is not a JSON object; fix it first.",
    });
    const upper = { "iac/dev/vpc/Main/config.json": "{}\n" };
    const result = duplicate(upper, { env: "dev", ids: ["vpc/Main"] });
    expect(result.ok ? "" : result.error).toContain('the nickname "Main-1"');
  });
});
