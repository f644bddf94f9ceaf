import type { Issue } from "@karma/core";
import { describe, expect, it } from "vitest";
import { groupIssues } from "./issue-groups.ts";

function issue(component: string, severity: Issue["severity"], env = "prod"): Issue {
  return {
    severity,
    code: severity === "error" ? "missing-required" : "unknown-key",
    component,
    env,
    file: `iac/${env}/${component}/config.json`,
    line: 1,
    column: 1,
    path: "",
    message: severity,
  };
}

describe("issues grouped by component", () => {
  it("lists the shown environment first, and in it the components with errors before warnings and notes", () => {
    const groups = groupIssues(
      [
        issue("s3-bucket/a", "info"),
        issue("vpc/b", "warning"),
        issue("vpc/z", "error"),
        issue("vpc/c", "error", "dev"),
      ],
      "prod",
    );
    expect(groups.map((group) => group.title)).toEqual(["vpc/z", "vpc/b", "s3-bucket/a", "vpc/c"]);
  });
});
