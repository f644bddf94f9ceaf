import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { JsonDocument } from "./json-document.ts";
import { locatePath } from "./locate-path.ts";

/** The same answer from the syntax tree, as the reference. */
function treeOffset(text: string, path: (string | number)[]): number {
  const document = new JsonDocument(text);
  document.root;
  const position = document.positionOf(path);
  const lines = text.split("\n");
  return (
    lines.slice(0, position.line - 1).reduce((sum, line) => sum + line.length + 1, 0) +
    position.column -
    1
  );
}

describe("locatePath", () => {
  it("finds keys, nested keys, list items and the deepest existing ancestor", () => {
    const text = '{ "a": 1, "b": { "c": [10, {"d": true}] }, "e": "x" }';
    expect(locatePath(text, ["a"])).toBe(2);
    expect(locatePath(text, ["e"])).toBe(43);
    expect(locatePath(text, ["b", "c"])).toBe(17);
    expect(locatePath(text, ["b", "c", 1, "d"])).toBe(28);
    expect(locatePath(text, ["b", "missing"])).toBe(10);
    expect(locatePath(text, ["nope"])).toBe(0);
    expect(locatePath(text, [])).toBe(0);
  });

  it("agrees with the syntax tree on every key of the real repository", () => {
    for (const [file, text] of Object.entries(readFixture())) {
      if (!file.endsWith(".json")) continue;
      const paths: (string | number)[][] = [];
      const walk = (value: unknown, path: (string | number)[]) => {
        paths.push(path);
        if (Array.isArray(value)) for (const [i, item] of value.entries()) walk(item, [...path, i]);
        else if (value && typeof value === "object") {
          for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
        }
      };
      walk(JSON.parse(text), []);
      for (const path of [...paths, ["missing"], ["tags", "missing"]]) {
        expect(locatePath(text, path), `${file} ${path.join(".")}`).toBe(treeOffset(text, path));
      }
    }
  });

  it("agrees with the syntax tree on random documents", () => {
    const key = fc.constantFrom("a", "b", "c", "d");
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { maxDepth: 3 },
        fc.integer(),
        fc.string(),
        fc.array(tie("node"), { maxLength: 3 }),
        fc.dictionary(key, tie("node"), { maxKeys: 3 }),
      ),
    })).node;
    const path = fc.array(fc.oneof(key, fc.nat(3)), { maxLength: 4 });
    fc.assert(
      fc.property(value, path, fc.boolean(), (json, keys, pretty) => {
        const text = JSON.stringify(json, null, pretty ? 2 : undefined);
        expect(locatePath(text, keys)).toBe(treeOffset(text, keys));
      }),
      { numRuns: 300 },
    );
  });
});
