import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import type { FileMap } from "../json.ts";
import { parseLayoutFile } from "../layout/layout-file.ts";
import type { EditResult } from "./edit-result.ts";
import { placeComponents } from "./place-components.ts";

const layout = ".karma/layout/prod.json";

function filesOf(result: EditResult): FileMap {
  if (!result.ok) throw new Error(result.error);
  return result.files;
}

function positionsOf(files: FileMap) {
  return parseLayoutFile(layout, files[layout]!).positions;
}

describe("placeComponents", () => {
  it("saves a move with the shown automatic positions, in whole pixels, touching only the layout file", () => {
    const before = readFixture();
    const after = filesOf(
      placeComponents(before, {
        env: "prod",
        positions: { "route53-zone/strall-com": { x: 40.4, y: 60 } },
        mode: "merge",
        automatic: {
          "route53-zone/strall-com": { x: 0, y: 0 },
          "serverless-site/strall-com": { x: 300, y: 0 },
        },
      }),
    );
    expect(positionsOf(after)).toEqual({
      "route53-zone/strall-com": { x: 40, y: 60 },
      "serverless-site/strall-com": { x: 300, y: 0 },
    });
    expect(Object.keys(after).filter((file) => after[file] !== before[file])).toEqual([layout]);
    expect(after[layout]).toBe(
      '{\n  "route53-zone/strall-com": {\n    "x": 40,\n    "y": 60\n  },\n  "serverless-site/strall-com": {\n    "x": 300,\n    "y": 0\n  }\n}\n',
    );
  });

  it("keeps saved positions over automatic ones", () => {
    const files = filesOf(
      placeComponents(readFixture(), {
        env: "prod",
        positions: { "lambda/demo-api": { x: 1, y: 1 } },
        mode: "merge",
      }),
    );
    const after = filesOf(
      placeComponents(files, {
        env: "prod",
        positions: {},
        mode: "merge",
        automatic: { "lambda/demo-api": { x: 500, y: 500 }, "s3-bucket/logs": { x: 9, y: 9 } },
      }),
    );
    expect(positionsOf(after)).toEqual({
      "lambda/demo-api": { x: 1, y: 1 },
      "s3-bucket/logs": { x: 9, y: 9 },
    });
  });

  it("replaces the shown positions on auto layout and returns the same map when nothing moves", () => {
    const moved = filesOf(
      placeComponents(readFixture(), {
        env: "prod",
        positions: { "lambda/demo-api": { x: 1, y: 1 } },
        mode: "merge",
      }),
    );
    const laidOut = filesOf(
      placeComponents(moved, {
        env: "prod",
        positions: { "s3-bucket/demo-api": { x: 5, y: 5 } },
        mode: "replace",
        automatic: { "serverless-api/demo-api": { x: 7, y: 7 } },
      }),
    );
    expect(positionsOf(laidOut)).toEqual({
      "lambda/demo-api": { x: 1, y: 1 },
      "s3-bucket/demo-api": { x: 5, y: 5 },
    });
    const again = placeComponents(laidOut, {
      env: "prod",
      positions: { "s3-bucket/demo-api": { x: 5.2, y: 4.8 } },
      mode: "replace",
    });
    expect(again.ok && again.files).toBe(laidOut);
  });

  it("rewrites a layout file sorted, leaving out entries it cannot read", () => {
    const files = {
      [layout]: '{"vpc/main": {"x": 3, "y": 4}, "not an id": {"x": 0, "y": 0}, "a/b": {"x": "1"}}',
    };
    const after = filesOf(
      placeComponents(files, {
        env: "prod",
        positions: { "a/a": { x: 0, y: -0.2 } },
        mode: "merge",
      }),
    );
    expect(after[layout]).toBe(
      '{\n  "a/a": {\n    "x": 0,\n    "y": 0\n  },\n  "vpc/main": {\n    "x": 3,\n    "y": 4\n  }\n}\n',
    );
  });

  it("refuses positions JSON cannot hold and environments the repository cannot have", () => {
    const files = readFixture();
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = placeComponents(files, {
        env: "prod",
        positions: { "vpc/main": { x, y: 0 } },
        mode: "merge",
      });
      expect(result).toEqual({
        ok: false,
        error: `the position of vpc/main must be finite numbers, not (${x}, 0)`,
      });
    }
    for (const env of ["", "..", "../prod", "a/b"]) {
      const result = placeComponents(files, { env, positions: {}, mode: "merge" });
      expect(result.ok ? "" : result.error).toContain("the environment");
    }
  });
});
