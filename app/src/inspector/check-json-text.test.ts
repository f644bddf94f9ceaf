import { builtinCatalog } from "@karma/core";
import { describe, expect, it } from "vitest";
import { checkJsonText } from "./check-json-text.ts";

const vpc = builtinCatalog().types.get("vpc")!;

describe("checkJsonText", () => {
  it("reports the first syntax error with its line and column", () => {
    const check = checkJsonText('{\n  "cidr": "10.0.0.0/16",\n  "az_count": \n}\n', vpc);
    expect(check.syntax).toMatchObject({ severity: "error", line: 4, column: 1 });
    expect(check.schema).toEqual([]);
  });

  it("refuses a config that is not an object", () => {
    expect(checkJsonText("[1]", vpc).syntax?.message).toMatch(/JSON object/);
  });

  it("reports the type's rules where the key is", () => {
    const check = checkJsonText(
      '{\n  "cidr": "10.0.0.0/16",\n  "az_count": "two",\n  "extra": 1\n}\n',
      vpc,
    );
    expect(check.syntax).toBeNull();
    expect(check.schema).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 3,
        message: expect.stringMatching(/integer/),
      }),
      expect.objectContaining({ severity: "info", line: 4 }),
    ]);
  });

  it("checks only the syntax of an unknown type", () => {
    expect(checkJsonText('{"anything": 1}', null)).toEqual({ syntax: null, schema: [] });
  });
});
