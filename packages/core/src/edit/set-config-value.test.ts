import { describe, expect, it } from "vitest";
import { changedLines } from "../../test/changed-lines.ts";
import { readFixture, readFixtureFile } from "../../test/read-fixture.ts";
import type { FileMap } from "../json.ts";
import type { EditResult } from "./edit-result.ts";
import { setConfigValue } from "./set-config-value.ts";

const lambda = "iac/prod/lambda/demo-api/config.json";
const site = "iac/prod/serverless-site/strall-com/config.json";
const bucket = "iac/prod/s3-bucket/demo-api/config.json";
const zone = "iac/prod/route53-zone/strall-com/config.json";

function editedFiles(result: EditResult): FileMap {
  if (!result.ok) throw new Error(result.error);
  return result.files;
}

function errorOf(result: EditResult): string {
  if (result.ok) throw new Error("expected the edit to fail");
  return result.error;
}

/** Asserts that only `file` changed, and returns its old and new text. */
function onlyChanged(before: FileMap, after: FileMap, file: string): [string, string] {
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const path of Object.keys(before)) {
    if (path !== file) expect(after[path]).toBe(before[path]);
  }
  expect(after[file]).not.toBe(before[file]);
  return [before[file]!, after[file]!];
}

describe("setConfigValue on the real repository", () => {
  const files = readFixture();

  it("keeps a byte-order mark and changes only the edited line", () => {
    const withBom = { ...files, [bucket]: `\ufeff${files[bucket]}` };
    const after = editedFiles(setConfigValue(withBom, bucket, ["versioning"], false));
    const [before, text] = onlyChanged(withBom, after, bucket);
    expect(text.startsWith("\ufeff{")).toBe(true);
    expect(changedLines(before, text)).toEqual({
      removed: ['    "versioning": true,\n'],
      added: ['    "versioning": false,\n'],
    });
  });

  it("changes exactly one line of the 4-space lambda file to set a field", () => {
    const after = editedFiles(setConfigValue(files, lambda, ["functions", "echo", "timeout"], 30));
    const [before, text] = onlyChanged(files, after, lambda);
    expect(changedLines(before, text)).toEqual({
      removed: ['        "timeout": 10\n'],
      added: ['        "timeout": 30\n'],
    });
    expect(text.endsWith("\n  }\n  ")).toBe(true);
  });

  it("removes a key with its line and nothing else", () => {
    const after = editedFiles(
      setConfigValue(files, lambda, ["functions", "status", "memory_size"], undefined),
    );
    const [before, text] = onlyChanged(files, after, lambda);
    expect(changedLines(before, text)).toEqual({
      removed: ['        "memory_size": 128,\n'],
      added: [],
    });
  });

  it("removes the last key of an object by taking the comma off the line before", () => {
    const after = editedFiles(setConfigValue(files, site, ["tags", "Owner"], undefined));
    const [before, text] = onlyChanged(files, after, site);
    expect(changedLines(before, text)).toEqual({
      removed: ['    "Project": "serverless-site",\n', '    "Owner": "strall"\n'],
      added: ['    "Project": "serverless-site"\n'],
    });
  });

  it("removes the first key without re-indenting the next one", () => {
    const after = editedFiles(setConfigValue(files, lambda, ["functions"], undefined));
    expect(after[lambda]).toBe('{\n    "tags": {\n      "Project": "Adage"\n    }\n  }\n  ');
  });

  it("leaves {} when the only key of an object goes", () => {
    const after = editedFiles(setConfigValue(files, lambda, ["tags", "Project"], undefined));
    const [before, text] = onlyChanged(files, after, lambda);
    expect(changedLines(before, text)).toEqual({
      removed: ['    "tags": {\n', '      "Project": "Adage"\n', "    }\n"],
      added: ['    "tags": {}\n'],
    });
  });

  it("creates missing objects, indented like the file around them", () => {
    const path = ["functions", "echo", "environment", "variables", "STAGE"];
    const after = editedFiles(setConfigValue(files, lambda, path, "prod"));
    const [before, text] = onlyChanged(files, after, lambda);
    expect(changedLines(before, text)).toEqual({
      removed: ['        "timeout": 10\n'],
      added: [
        '        "timeout": 10,\n',
        '        "environment": {\n',
        '          "variables": {\n',
        '            "STAGE": "prod"\n',
        "          }\n",
        "        }\n",
      ],
    });
    const config = JSON.parse(text);
    expect(config.functions.echo.environment).toEqual({ variables: { STAGE: "prod" } });
  });

  it("indents a new object by the file's step: 4 in the 4-space bucket file", () => {
    const after = editedFiles(setConfigValue(files, bucket, ["tags"], { Owner: "strall" }));
    const [before, text] = onlyChanged(files, after, bucket);
    expect(changedLines(before, text)).toEqual({
      removed: ['    "enforce_owner": true\n'],
      added: [
        '    "enforce_owner": true,\n',
        '    "tags": {\n',
        '        "Owner": "strall"\n',
        "    }\n",
      ],
    });
  });

  it("keeps a one-line list on one line when appending, replacing or removing items", () => {
    const appended = editedFiles(
      setConfigValue(files, site, ["domain_aliases", 2], "cdn.strall.com"),
    );
    expect(changedLines(files[site]!, appended[site]!).added).toEqual([
      '  "domain_aliases": ["strall.com", "www.strall.com", "cdn.strall.com"],\n',
    ]);
    const replaced = editedFiles(setConfigValue(files, site, ["domain_aliases"], ["strall.com"]));
    expect(changedLines(files[site]!, replaced[site]!).added).toEqual([
      '  "domain_aliases": ["strall.com"],\n',
    ]);
    const removed = editedFiles(setConfigValue(files, site, ["domain_aliases", 0], undefined));
    expect(changedLines(files[site]!, removed[site]!).added).toEqual([
      '  "domain_aliases": ["www.strall.com"],\n',
    ]);
  });

  it("edits an item of a multi-line list in place", () => {
    const path = ["root_records", "MX", 1];
    const after = editedFiles(setConfigValue(files, zone, path, "30 mx3.improvmx.com."));
    expect(changedLines(files[zone]!, after[zone]!)).toEqual({
      removed: ['      "20 mx2.improvmx.com."\n'],
      added: ['      "30 mx3.improvmx.com."\n'],
    });
  });

  it("returns the same map when the value is already there or the key already absent", () => {
    expect(editedFiles(setConfigValue(files, lambda, ["functions", "echo", "timeout"], 10))).toBe(
      files,
    );
    const tags = { Environment: "prod", Owner: "strall", Project: "serverless-site" };
    expect(editedFiles(setConfigValue(files, site, ["tags"], tags))).toBe(files);
    expect(editedFiles(setConfigValue(files, site, ["absent"], undefined))).toBe(files);
    expect(editedFiles(setConfigValue(files, site, ["absent", "deeper"], undefined))).toBe(files);
  });

  it("does not rewrite a number that is written differently but equal", () => {
    const map = { "a.json": '{\n  "size": 1.0,\n  "big": 1e3\n}\n' };
    expect(editedFiles(setConfigValue(map, "a.json", ["size"], 1))).toBe(map);
    expect(editedFiles(setConfigValue(map, "a.json", ["big"], 1000))).toBe(map);
  });

  it("never changes its input", () => {
    const copy = { ...files };
    setConfigValue(files, lambda, ["functions", "echo", "timeout"], 30);
    setConfigValue(files, lambda, ["functions"], undefined);
    expect(files).toEqual(copy);
  });
});

describe("setConfigValue keeps the file's own conventions", () => {
  const twoSpace = readFixture()[site]!;

  it("keeps a missing final newline missing", () => {
    const map = { "a.json": twoSpace.trimEnd() };
    const after = editedFiles(setConfigValue(map, "a.json", ["tags", "Team"], "web"));
    expect(after["a.json"]!.endsWith('"Team": "web"\n  }\n}')).toBe(true);
  });

  it("keeps CRLF line endings, also in the lines it adds", () => {
    const map = { "a.json": twoSpace.replaceAll("\n", "\r\n") };
    const after = editedFiles(setConfigValue(map, "a.json", ["logging", "bucket"], "logs"));
    const text = after["a.json"]!;
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(text).toBe(
      map["a.json"].replace(
        "  }\r\n}",
        '  },\r\n  "logging": {\r\n    "bucket": "logs"\r\n  }\r\n}',
      ),
    );
  });

  it("keeps tabs, also in the lines it adds", () => {
    const map = {
      "a.json": twoSpace.replace(/^( {2})+/gm, (spaces) => "\t".repeat(spaces.length / 2)),
    };
    const after = editedFiles(setConfigValue(map, "a.json", ["logging", "bucket"], "logs"));
    expect(after["a.json"]).toBe(
      map["a.json"].replace("\t}\n}", '\t},\n\t"logging": {\n\t\t"bucket": "logs"\n\t}\n}'),
    );
  });

  it("adds to a one-line object on the same line", () => {
    const map = { "a.json": '{"name": "x", "tags": {"a": "b"}}' };
    const after = editedFiles(setConfigValue(map, "a.json", ["tags", "c"], ["d"]));
    expect(after["a.json"]).toBe('{"name": "x", "tags": {"a": "b", "c": ["d"]}}');
  });

  it("fills an empty object on new lines", () => {
    const map = { "a.json": '{\n  "tags": {}\n}\n' };
    const after = editedFiles(setConfigValue(map, "a.json", ["tags", "a"], "b"));
    expect(after["a.json"]).toBe('{\n  "tags": {\n    "a": "b"\n  }\n}\n');
  });
});

describe("setConfigValue refuses what it cannot do safely", () => {
  const files = readFixture();

  it("reports a missing file", () => {
    expect(errorOf(setConfigValue(files, "iac/prod/vpc/main/config.json", ["a"], 1))).toBe(
      "iac/prod/vpc/main/config.json does not exist",
    );
  });

  it("refuses a file that is not valid JSON, with its position", () => {
    const map = { "bad.json": readFixtureFile("invalid-placeholder.config.json") };
    expect(errorOf(setConfigValue(map, "bad.json", ["stage_name"], "v2"))).toMatch(
      /^bad\.json:4:27: .*fix the JSON by hand before editing it$/,
    );
    expect(errorOf(setConfigValue({ "empty.json": "" }, "empty.json", ["a"], 1))).toMatch(
      /^empty\.json:1:1: /,
    );
  });

  it("refuses a path through a value that is not an object", () => {
    expect(errorOf(setConfigValue(files, site, ["site_name", "x"], 1))).toBe(
      `${site}: site_name is a string, not an object, so it has no key "x"`,
    );
    expect(errorOf(setConfigValue(files, site, ["tags", "Owner", "x"], undefined))).toBe(
      `${site}: tags.Owner is a string, not an object, so it has no key "x"`,
    );
    expect(errorOf(setConfigValue(files, site, ["domain_aliases", "x"], 1))).toContain(
      "domain_aliases is a list, not an object",
    );
    expect(errorOf(setConfigValue(files, site, ["tags", 0], 1))).toContain(
      "tags is an object, not a list",
    );
    const nulls = { "a.json": '{"tags": null}' };
    expect(errorOf(setConfigValue(nulls, "a.json", ["tags", "a"], "b"))).toContain(
      "tags is null, not an object",
    );
    const list = { "a.json": "[1]" };
    expect(errorOf(setConfigValue(list, "a.json", ["a"], 1))).toContain(
      "the file's top level is a list, not an object",
    );
  });

  it("refuses list items past the end and lists it would have to invent", () => {
    expect(errorOf(setConfigValue(files, site, ["domain_aliases", 5], "x"))).toContain(
      "domain_aliases[5] is past the end of the list",
    );
    expect(errorOf(setConfigValue(files, site, ["aliases", 0], "x"))).toContain(
      "aliases does not exist, so it has no item 0",
    );
  });

  it("refuses a key written twice, which it could not edit without guessing", () => {
    const map = { "a.json": '{"a": 1, "a": 2}' };
    expect(errorOf(setConfigValue(map, "a.json", ["a"], 3))).toBe(
      "a.json: a appears more than once; fix it by hand",
    );
  });

  it("refuses values JSON cannot hold and an empty path", () => {
    expect(errorOf(setConfigValue(files, site, ["n"], Number.NaN))).toContain("not JSON");
    expect(errorOf(setConfigValue(files, site, ["n"], { a: [Infinity] }))).toContain("not JSON");
    expect(errorOf(setConfigValue(files, site, [], 1))).toContain("the key path is empty");
  });
});
