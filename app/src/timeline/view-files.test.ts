import { describe, expect, it } from "vitest";
import { timelinePositions, withoutLayoutFiles } from "./view-files.ts";

describe("withoutLayoutFiles", () => {
  it("keeps config and environment files and drops the layout files", () => {
    expect(
      withoutLayoutFiles({
        "account_environments/dev.json": "{}",
        "iac/dev/vpc/core/config.json": "{}",
        ".karma/layout/dev.json": "{}",
        ".karma/workspace.json": "{}",
      }),
    ).toEqual({
      "account_environments/dev.json": "{}",
      "iac/dev/vpc/core/config.json": "{}",
      ".karma/workspace.json": "{}",
    });
  });

  it("gives an empty map for no files", () => {
    expect(withoutLayoutFiles({})).toEqual({});
  });
});

describe("timelinePositions", () => {
  it("puts a component where it stands now, over an earlier step and the commit's layout", () => {
    const positions = timelinePositions(
      { "vpc/core": { x: 0, y: 0 } },
      { "vpc/core": { x: 5, y: 5 }, "s3-bucket/old": { x: 10, y: 300 } },
      {
        "vpc/core": { x: 9, y: 9 },
        "s3-bucket/old": { x: 1, y: 1 },
        "lambda/gone": { x: 2, y: 2 },
      },
    );
    expect(positions).toEqual({
      "vpc/core": { x: 0, y: 0 },
      "s3-bucket/old": { x: 10, y: 300 },
      "lambda/gone": { x: 2, y: 2 },
    });
  });

  it("leaves out what has no place anywhere", () => {
    expect(timelinePositions({}, {}, {})).toEqual({});
  });
});
