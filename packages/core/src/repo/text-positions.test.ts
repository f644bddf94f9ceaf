import { describe, expect, it } from "vitest";
import { JsonDocument } from "./json-document.ts";
import { positionsIn } from "./text-positions.ts";

describe("positionsIn", () => {
  it("counts LF, CRLF and CR line ends, each as one", () => {
    const at = positionsIn("ab\ncd\r\nef\rgh");
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(5)).toEqual({ line: 2, column: 3 });
    // the LF of a CRLF is still on line 2
    expect(at(6)).toEqual({ line: 2, column: 4 });
    expect(at(7)).toEqual({ line: 3, column: 1 });
    expect(at(10)).toEqual({ line: 4, column: 1 });
    expect(at(12)).toEqual({ line: 4, column: 3 });
  });

  it("finds the line of offsets far into a long text", () => {
    const text = "x\n".repeat(10_000);
    const at = positionsIn(text);
    expect(at(2 * 7_777 + 1)).toEqual({ line: 7_778, column: 2 });
    expect(at(text.length)).toEqual({ line: 10_001, column: 1 });
  });

  it("does not count a leading byte-order mark in first-line columns", () => {
    const at = positionsIn('\ufeff{"a": 1,\n "b": x}');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(1)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 2 });
    // later lines are not shifted
    expect(at(10)).toEqual({ line: 2, column: 1 });
    expect(at(12)).toEqual({ line: 2, column: 3 });
    expect(positionsIn("a\ufeff")(1)).toEqual({ line: 1, column: 2 });
  });

  it("is what JSON documents report", () => {
    const text = '\ufeff{\r\n  "a": tru\r\n}';
    const document = new JsonDocument(text);
    expect(document.error).toMatchObject({ line: 2, column: 8 });
    expect(document.positionAt(text.indexOf('"a"'))).toEqual(
      positionsIn(text)(text.indexOf('"a"')),
    );
    expect(new JsonDocument('\ufeff{"a": x}').error).toMatchObject({ line: 1, column: 7 });
  });
});
