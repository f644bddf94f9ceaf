import { describe, expect, it } from "vitest";
import { writeFiles, writesOf } from "./file-map-writes.ts";

describe("writeFiles", () => {
  const files = { "a.json": "{}", "b.json": "[]" };

  it("writes and deletes paths in a new map that records them, leaving the input alone", () => {
    const next = writeFiles(files, { "a.json": '{"x":1}', "b.json": null, "c.json": "1" });
    expect(next).toEqual({ "a.json": '{"x":1}', "c.json": "1" });
    expect(files).toEqual({ "a.json": "{}", "b.json": "[]" });
    expect(writesOf(next)).toEqual({ from: files, paths: ["a.json", "b.json", "c.json"] });
  });

  it("gives the same map for no writes, and no record for a map it did not make", () => {
    expect(writeFiles(files, {})).toBe(files);
    expect(writesOf(files)).toBeUndefined();
    expect(writesOf({ ...files })).toBeUndefined();
  });
});
