import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { detectFormatting } from "./detect-formatting.ts";

const files = readFixture();

describe("detectFormatting", () => {
  it("reads 2 spaces and LF from a 2-space file", () => {
    expect(detectFormatting(files["iac/prod/serverless-site/strall-com/config.json"]!)).toEqual({
      insertSpaces: true,
      tabSize: 2,
      eol: "\n",
    });
  });

  it("takes the step between levels, not the first indent, in files indented 4 then 2", () => {
    const lambda = files["iac/prod/lambda/demo-api/config.json"]!;
    expect(lambda.split("\n")[1]).toBe('    "functions": {');
    expect(detectFormatting(lambda).tabSize).toBe(2);
  });

  it("reads 4 spaces from a flat 4-space file with an odd closing indent", () => {
    expect(detectFormatting(files["iac/prod/s3-bucket/demo-api/config.json"]!).tabSize).toBe(4);
  });

  it("reads tabs and CRLF", () => {
    expect(detectFormatting('{\r\n\t"a": {\r\n\t\t"b": 1\r\n\t}\r\n}\r\n')).toMatchObject({
      insertSpaces: false,
      eol: "\r\n",
    });
  });

  it("defaults to 2 spaces and LF for a file on one line", () => {
    expect(detectFormatting('{"a": 1}')).toEqual({ insertSpaces: true, tabSize: 2, eol: "\n" });
  });
});
