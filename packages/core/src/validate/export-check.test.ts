import { describe, expect, it } from "vitest";
import type { Issue } from "../issues/issue.ts";
import { exportCheck } from "./export-check.ts";

const issue = (file: string, severity: Issue["severity"] = "error", message = "bad"): Issue => ({
  severity,
  code: "invalid-value",
  component: null,
  env: null,
  file,
  line: 1,
  column: 1,
  path: "x",
  message,
});

describe("exportCheck", () => {
  it("lets a change go on past errors it did not make in files it does not write", () => {
    const old = issue("iac/prod/a/x/config.json");
    const check = exportCheck([old], [old], new Set(["iac/prod/b/y/config.json"]));
    expect(check).toEqual({ blocking: [], preExisting: [old] });
  });

  it("blocks for errors in a file the change writes, even ones that were there before", () => {
    const old = issue("iac/prod/a/x/config.json");
    expect(exportCheck([old], [old], new Set([old.file])).blocking).toEqual([old]);
  });

  it("blocks for errors the change brings to files it does not write", () => {
    const broken = issue("iac/prod/site/s/config.json", "error", "zone is deleted by this change");
    expect(exportCheck([], [broken], new Set(["iac/prod/zone/z/config.json"])).blocking).toEqual([
      broken,
    ]);
  });

  it("counts only errors", () => {
    const warning = issue("iac/prod/a/x/config.json", "warning");
    expect(exportCheck([], [warning], new Set([warning.file]))).toEqual({
      blocking: [],
      preExisting: [],
    });
  });
});
