import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { setConfigText, setField } from "./config-edits.ts";

const file = "iac/prod/serverless-site/strall-com/config.json";
const component = { id: "serverless-site/strall-com", file };

function changedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b).toHaveLength(a.length);
  return b.filter((line, index) => line !== a[index]);
}

describe("setField", () => {
  it("changes exactly one line of one file", () => {
    const files = sampleFiles();
    const { label, result } = setField(files, component, ["cloudfront_comment"], "New comment");
    expect(label).toBe("Set cloudfront_comment of serverless-site/strall-com");
    if (!result.ok) throw new Error(result.error);
    for (const path of Object.keys(files))
      if (path !== file) expect(result.files[path]).toBe(files[path]);
    expect(changedLines(files[file]!, result.files[file]!)).toEqual([
      '  "cloudfront_comment": "New comment",',
    ]);
  });

  it("removes a key when given undefined, and edits nested entries", () => {
    const files = sampleFiles();
    const removed = setField(files, component, ["index_document"], undefined);
    expect(removed.label).toBe("Remove index_document of serverless-site/strall-com");
    expect(removed.result.ok && removed.result.files[file]).not.toMatch(/index_document/);
    const tag = setField(files, component, ["tags", "Owner"], "ops");
    expect(tag.result.ok && changedLines(files[file]!, tag.result.files[file]!)).toEqual([
      '    "Owner": "ops"',
    ]);
  });

  it("fails with a message on a file that does not parse", () => {
    const files = { ...sampleFiles(), [file]: "{ broken" };
    expect(setField(files, component, ["site_name"], "x").result).toMatchObject({ ok: false });
  });
});

describe("setConfigText", () => {
  it("returns the same map when the text is unchanged", () => {
    const files = sampleFiles();
    expect(setConfigText(files, file, files[file]!)).toBe(files);
    expect(setConfigText(files, file, "{}")[file]).toBe("{}");
  });
});
