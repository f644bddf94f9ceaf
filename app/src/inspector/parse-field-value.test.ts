import type { JsonValue } from "@karma/core";
import { describe, expect, it } from "vitest";
import type { FieldKind } from "./form-fields.ts";
import { parseFieldText, valueText } from "./parse-field-value.ts";

describe("parseFieldText", () => {
  it("removes an optional key when cleared, keeps an empty required text", () => {
    expect(parseFieldText({ kind: "text", required: false }, "")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(parseFieldText({ kind: "text", required: true }, "")).toEqual({ ok: true, value: "" });
    expect(parseFieldText({ kind: "number", required: true }, " ")).toMatchObject({ ok: false });
  });

  it("reads numbers, refusing text and fractions where an integer is expected", () => {
    expect(parseFieldText({ kind: "number", required: false }, " 2.5 ")).toEqual({
      ok: true,
      value: 2.5,
    });
    expect(parseFieldText({ kind: "number", required: false, integer: true }, "2.5")).toMatchObject(
      { ok: false },
    );
    expect(parseFieldText({ kind: "number", required: false }, "two")).toEqual({
      ok: false,
      error: '"two" is not a number',
    });
  });

  it("reads booleans and JSON values", () => {
    expect(parseFieldText({ kind: "boolean", required: false }, "false")).toEqual({
      ok: true,
      value: false,
    });
    expect(parseFieldText({ kind: "json", required: false }, '{"a": [1]}')).toEqual({
      ok: true,
      value: { a: [1] },
    });
    expect(parseFieldText({ kind: "json", required: false }, "{a}")).toMatchObject({ ok: false });
  });

  it("round-trips what valueText shows", () => {
    const cases: [FieldKind, JsonValue][] = [
      ["text", "x y"],
      ["number", 14],
      ["boolean", true],
      ["json", { a: [1, "b"] }],
    ];
    for (const [kind, value] of cases) {
      expect(parseFieldText({ kind, required: false }, valueText(kind, value))).toEqual({
        ok: true,
        value,
      });
    }
    expect(valueText("text", null)).toBe("");
  });
});
