import { writeFiles } from "@karma/core";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { changedFiles, configFilesOf, isLayoutPath } from "./repository-files.ts";

describe("configFilesOf", () => {
  it("leaves layout files out", () => {
    const files = { ...sampleFiles(), ".karma/layout/prod.json": "{}\n" };
    const config = configFilesOf(files);
    expect(Object.keys(config)).not.toContain(".karma/layout/prod.json");
    expect(Object.keys(config)).toHaveLength(Object.keys(files).length - 1);
  });

  it("stays the same object while only layout files change", () => {
    const files = sampleFiles();
    const config = configFilesOf(files);
    const moved = { ...files, ".karma/layout/prod.json": '{\n  "vpc/main": {"x": 1, "y": 2}\n}\n' };
    expect(configFilesOf(moved)).toBe(config);
    const movedAgain = { ...moved, ".karma/layout/dev.json": "{}\n" };
    expect(configFilesOf(movedAgain)).toBe(config);
  });

  it("changes when a config file changes, is added or is removed", () => {
    const files = sampleFiles();
    const config = configFilesOf(files);
    const path = "iac/prod/s3-bucket/demo-api/config.json";
    const edited = { ...files, [path]: files[path]!.replace("true", "false") };
    expect(configFilesOf(edited)).not.toBe(config);
    expect(configFilesOf(edited)[path]).toBe(edited[path]);
    const { [path]: _, ...removed } = files;
    expect(configFilesOf(removed)).not.toHaveProperty(path);
  });
});

describe("after a core edit (writeFiles)", () => {
  const path = "iac/prod/s3-bucket/demo-api/config.json";
  const layout = ".karma/layout/prod.json";

  it("finds the config files from the version it was written from", () => {
    const files = sampleFiles();
    configFilesOf(files);
    const edited = writeFiles(files, { [path]: "{}\n" });
    // no layout files: the files are the config
    expect(configFilesOf(edited)).toBe(edited);
    const placed = writeFiles(edited, { [layout]: "{}\n" });
    expect(configFilesOf(placed)).toBe(edited);
    const both = writeFiles(placed, { [path]: "[]\n" });
    expect(configFilesOf(both)).toEqual({ ...edited, [path]: "[]\n" });
  });

  it("lists the same changes as comparing every file, step after step", () => {
    const baseline = sampleFiles();
    let files = baseline;
    const steps: Record<string, string | null>[] = [
      { [path]: "{}\n" },
      { [layout]: "{}\n", "iac/dev/serverless-site/test-site/config.json": null },
      { [path]: baseline[path]! },
      { "iac/prod/vpc/new/config.json": "{}\n" },
    ];
    changedFiles(baseline, files);
    for (const step of steps) {
      files = writeFiles(files, step);
      expect(changedFiles(baseline, files)).toEqual(changedFiles(baseline, { ...files }));
    }
    expect(Object.keys(changedFiles(baseline, files))).toEqual([
      layout,
      "iac/dev/serverless-site/test-site/config.json",
      "iac/prod/vpc/new/config.json",
    ]);
  });
});

describe("changedFiles", () => {
  it("is empty when nothing changed", () => {
    const files = sampleFiles();
    expect(changedFiles(files, { ...files })).toEqual({});
  });

  it("lists changed and new files with their text and deleted ones as null, sorted", () => {
    const baseline = sampleFiles();
    const files = { ...baseline };
    files["iac/prod/s3-bucket/demo-api/config.json"] = "{}\n";
    files[".karma/layout/prod.json"] = "{}\n";
    delete files["iac/dev/serverless-site/test-site/config.json"];
    expect(changedFiles(baseline, files)).toEqual({
      ".karma/layout/prod.json": "{}\n",
      "iac/dev/serverless-site/test-site/config.json": null,
      "iac/prod/s3-bucket/demo-api/config.json": "{}\n",
    });
  });
});

it("recognises layout paths", () => {
  expect(isLayoutPath(".karma/layout/prod.json")).toBe(true);
  expect(isLayoutPath(".karma/types/vpc.json")).toBe(false);
  expect(isLayoutPath("iac/prod/vpc/main/config.json")).toBe(false);
});
