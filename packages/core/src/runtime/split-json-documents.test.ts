import { describe, expect, it } from "vitest";
import { splitJsonDocuments } from "./split-json-documents.ts";

describe("splitJsonDocuments", () => {
  it("returns one document with its offset", () => {
    expect(splitJsonDocuments('\n  {"a": 1}\n')).toEqual({
      documents: [{ offset: 3, text: '{"a": 1}' }],
      stray: [],
    });
  });

  it("splits documents appended with and without a line between them", () => {
    const text = '{"a": 1}{"b": [2]}\n{"c": {}}';
    const { documents } = splitJsonDocuments(text);
    expect(documents.map((d) => d.text)).toEqual(['{"a": 1}', '{"b": [2]}', '{"c": {}}']);
    for (const d of documents) expect(text.slice(d.offset, d.offset + d.text.length)).toBe(d.text);
  });

  it("ignores brackets and escaped quotes inside strings", () => {
    const first = '{"Value": "}{ \\"]\\" {"}';
    const { documents } = splitJsonDocuments(`${first}{"x": "[["}`);
    expect(documents.map((d) => d.text)).toEqual([first, '{"x": "[["}']);
  });

  it("reports text between documents and keeps a document cut short to the end", () => {
    const { documents, stray } = splitJsonDocuments('$ aws ssm ...\n{"a": 1} oops {"b": [');
    expect(stray).toEqual([
      { offset: 0, text: "$ aws ssm ..." },
      { offset: 23, text: "oops" },
    ]);
    expect(documents).toEqual([
      { offset: 14, text: '{"a": 1}' },
      { offset: 28, text: '{"b": [' },
    ]);
  });

  it("finds nothing in blank text", () => {
    expect(splitJsonDocuments(" \n\t")).toEqual({ documents: [], stray: [] });
  });
});
