import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  layoutFileEnv,
  layoutFilePath,
  layoutFileSchema,
  parseLayoutFile,
  serializeLayoutFile,
} from "./layout-file.ts";

const file = ".karma/layout/prod.json";

describe("layout file paths", () => {
  it("names one file per environment", () => {
    expect(layoutFilePath("prod")).toBe(".karma/layout/prod.json");
    expect(layoutFileEnv(".karma/layout/dev.json")).toBe("dev");
  });

  it("recognises only layout files", () => {
    expect(layoutFileEnv("iac/prod/vpc/main/config.json")).toBeNull();
    expect(layoutFileEnv(".karma/layout/a/b.json")).toBeNull();
    expect(layoutFileEnv(".karma/layout/.json")).toBeNull();
    expect(layoutFileEnv(".karma/types/vpc.json")).toBeNull();
  });
});

describe("serializeLayoutFile", () => {
  it("sorts keys, indents by two spaces, ends with a newline", () => {
    const text = serializeLayoutFile({
      "vpc/main": { x: 10, y: 20 },
      "route53-zone/strall-com": { x: 0, y: 5 },
    });
    expect(text).toBe(
      [
        "{",
        '  "route53-zone/strall-com": {',
        '    "x": 0,',
        '    "y": 5',
        "  },",
        '  "vpc/main": {',
        '    "x": 10,',
        '    "y": 20',
        "  }",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("writes whole pixels", () => {
    expect(serializeLayoutFile({ "a/b": { x: 10.6, y: -0.2 } })).toBe(
      '{\n  "a/b": {\n    "x": 11,\n    "y": 0\n  }\n}\n',
    );
  });

  it("is independent of insertion order", () => {
    const entry = fc.tuple(
      fc.stringMatching(/^[a-z0-9-]{1,8}\/[a-z0-9-]{1,8}$/),
      fc.record({ x: fc.integer(), y: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: ([id]) => id }), (entries) => {
        const forward = serializeLayoutFile(Object.fromEntries(entries));
        const backward = serializeLayoutFile(Object.fromEntries([...entries].reverse()));
        expect(forward).toBe(backward);
      }),
    );
  });
});

describe("parseLayoutFile", () => {
  it("round-trips what serializeLayoutFile writes", () => {
    const position = fc.record({
      x: fc.integer({ min: -1e6, max: 1e6 }),
      y: fc.integer({ min: -1e6, max: 1e6 }),
    });
    const positions = fc.dictionary(
      fc.stringMatching(/^[a-z0-9-]{1,8}\/[a-z0-9-]{1,8}$/),
      position,
    );
    fc.assert(
      fc.property(positions, (value) => {
        const parsed = parseLayoutFile(file, serializeLayoutFile(value));
        expect(parsed.issues).toEqual([]);
        expect(parsed.positions).toEqual(value);
        expect(layoutFileSchema.safeParse(parsed.positions).success).toBe(true);
      }),
    );
  });

  it("reports invalid JSON with line and column and keeps nothing", () => {
    const parsed = parseLayoutFile(file, '{\n  "vpc/main": { "x": 1, "y": }\n}\n');
    expect(parsed.positions).toEqual({});
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({
      code: "invalid-json",
      file,
      env: "prod",
      line: 2,
      column: 30,
    });
  });

  it("reports a file that is not an object", () => {
    const parsed = parseLayoutFile(file, "[]\n");
    expect(parsed.positions).toEqual({});
    expect(parsed.issues.map((issue) => issue.code)).toEqual(["not-an-object"]);
  });

  it("keeps valid entries and reports each invalid one where it is", () => {
    const text = [
      "{",
      '  "vpc/main": { "x": 1, "y": 2 },',
      '  "s3-bucket/logs": { "x": "left", "y": 2 },',
      '  "not-an-id": { "x": 1, "y": 2 },',
      '  "lambda/api": { "x": 3 }',
      "}",
      "",
    ].join("\n");
    const parsed = parseLayoutFile(file, text);
    expect(parsed.positions).toEqual({ "vpc/main": { x: 1, y: 2 } });
    expect(
      parsed.issues.map(({ code, component, line, column, path }) => ({
        code,
        component,
        line,
        column,
        path,
      })),
    ).toEqual([
      {
        code: "wrong-type",
        component: "s3-bucket/logs",
        line: 3,
        column: 3,
        path: "s3-bucket/logs",
      },
      { code: "invalid-value", component: null, line: 4, column: 3, path: "not-an-id" },
      { code: "wrong-type", component: "lambda/api", line: 5, column: 3, path: "lambda/api" },
    ]);
    expect(parsed.issues.every((issue) => issue.severity === "warning")).toBe(true);
  });
});
