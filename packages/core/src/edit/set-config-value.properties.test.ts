import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { type FileMap, isJsonObject, type JsonObject, type JsonValue } from "../json.ts";
import type { JsonPath } from "./edit-json-text.ts";
import { setConfigValue } from "./set-config-value.ts";

const files = readFixture();
const jsonFiles = Object.keys(files).filter((path) => path.endsWith(".json"));

type Segment = string | number;
type Op = { kind: "set"; path: Segment[]; value: JsonValue } | { kind: "remove"; path: Segment[] };

/** Every key path of a value with the value there, the root excluded. */
function entries(
  value: JsonValue,
  prefix: Segment[] = [],
): { path: Segment[]; value: JsonValue }[] {
  const children: [Segment, JsonValue][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isJsonObject(value)
      ? Object.entries(value)
      : [];
  return children.flatMap(([segment, child]) => {
    const path = [...prefix, segment];
    return [{ path, value: child }, ...entries(child, path)];
  });
}

const key = fc.oneof(
  fc.constantFrom(
    "new",
    "tags",
    "functions",
    "echo",
    "timeout",
    "a.b",
    "with space",
    "ü",
    'q"uote',
    "",
  ),
  fc.string({ maxLength: 6, unit: "binary" }),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 8, unit: "binary" }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n || 0),
  fc.boolean(),
  fc.constant(null),
);
const { value: jsonValue } = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    scalar,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(key, tie("value"), { maxKeys: 3, noNullPrototype: true }),
  ),
}));

/** Paths that mostly follow the file's own keys, so that edits land on existing values too. */
function pathIn(config: JsonValue): fc.Arbitrary<Segment[]> {
  const existing = entries(config).map((entry) => entry.path);
  const segment = fc.oneof(key, fc.nat(3));
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...existing), fc.array(segment, { maxLength: 2 }))
      .map(([a, b]) => [...a, ...b]),
    fc.array(segment, { minLength: 1, maxLength: 4 }),
  );
}

function opIn(config: JsonValue): fc.Arbitrary<Op> {
  return fc.oneof(
    fc.record({ kind: fc.constant("set" as const), path: pathIn(config), value: jsonValue }),
    fc.record({ kind: fc.constant("remove" as const), path: pathIn(config) }),
  );
}

/** The same edit on a plain object: null when setConfigValue must refuse it. */
function applyModel(root: JsonValue, op: Op): JsonValue | null {
  const copy = structuredClone(root);
  let node: JsonValue = copy;
  for (let depth = 0; depth < op.path.length; depth++) {
    const segment = op.path[depth]!;
    const last = depth === op.path.length - 1;
    if (isJsonObject(node) && typeof segment === "string") {
      if (!Object.hasOwn(node, segment)) {
        if (op.kind === "remove") return root;
        const rest = op.path.slice(depth + 1);
        if (rest.some((s) => typeof s !== "string")) return null;
        node[segment] = (rest as string[]).reduceRight<JsonValue>(
          (inner, k) => ({ [k]: inner }),
          op.value,
        );
        return copy;
      }
      if (last) {
        if (op.kind === "remove") delete node[segment];
        else if (!isDeepStrictEqual(node[segment], op.value)) node[segment] = op.value;
        return copy;
      }
      node = node[segment]!;
    } else if (Array.isArray(node) && typeof segment === "number") {
      if (segment >= node.length) {
        if (op.kind === "remove") return root;
        if (!last || segment !== node.length) return null;
        node.push(op.value);
        return copy;
      }
      if (last) {
        if (op.kind === "remove") node.splice(segment, 1);
        else if (!isDeepStrictEqual(node[segment], op.value)) node[segment] = op.value;
        return copy;
      }
      node = node[segment]!;
    } else {
      return null;
    }
  }
  return copy;
}

/** Ways real files are written, and what an edit must keep of them. */
const styles = [
  { name: "as is", apply: (text: string) => text, holds: (text: string) => !text.includes("\r") },
  {
    name: "CRLF",
    apply: (text: string) => text.replaceAll("\n", "\r\n"),
    holds: (text: string) => !/[\r\n]/.test(text.replaceAll("\r\n", "")),
  },
  {
    name: "tabs",
    apply: (text: string) => text.replace(/^( {2})+/gm, (spaces) => "\t".repeat(spaces.length / 2)),
    holds: (text: string) => !/^ /m.test(text),
  },
];

/** What follows the closing brace of the top-level object: the final newline or its absence. */
function afterRoot(text: string): string {
  return text.slice(text.lastIndexOf("}") + 1);
}

function expectOtherFilesUntouched(after: FileMap, file: string): void {
  expect(Object.keys(after)).toEqual(Object.keys(files));
  for (const path of Object.keys(files)) {
    if (path !== file) expect(after[path]).toBe(files[path]);
  }
}

describe("setConfigValue properties on the real repository", () => {
  it("edits like a plain object would, keeps the file's style and touches no other file", () => {
    const scenario = fc
      .constantFrom(...jsonFiles)
      .chain((file) =>
        fc.tuple(
          fc.constant(file),
          fc.constantFrom(...styles),
          fc.array(opIn(JSON.parse(files[file]!)), { minLength: 1, maxLength: 8 }),
        ),
      );
    fc.assert(
      fc.property(scenario, ([file, style, ops]) => {
        const original = style.apply(files[file]!);
        let current: FileMap = { ...files, [file]: original };
        let model: JsonValue = JSON.parse(original);
        for (const op of ops) {
          const result = setConfigValue(
            current,
            file,
            op.path,
            op.kind === "set" ? op.value : undefined,
          );
          const expected = applyModel(model, op);
          expect(result.ok).toBe(expected !== null);
          if (!result.ok || expected === null) continue;
          expectOtherFilesUntouched(result.files, file);
          const text = result.files[file]!;
          // stringified, so key order counts too
          expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(expected));
          expect(style.holds(text)).toBe(true);
          expect(afterRoot(text)).toBe(afterRoot(original));
          current = result.files;
          model = expected;
        }
      }),
      { numRuns: 150 },
    );
  });

  it("restores the exact bytes when a new key or item is added and removed again", () => {
    const scenario = fc.constantFrom(...jsonFiles).chain((file) => {
      const config: JsonValue = JSON.parse(files[file]!);
      const containers = [{ path: [] as Segment[], value: config }, ...entries(config)].filter(
        ({ value }) => typeof value === "object" && value !== null,
      );
      return fc.tuple(
        fc.constant(file),
        fc.constantFrom(...styles),
        fc.constantFrom(...containers),
        key,
        fc.array(key, { maxLength: 2 }),
        jsonValue,
      );
    });
    fc.assert(
      fc.property(scenario, ([file, style, container, newKey, rest, value]) => {
        const before: FileMap = { ...files, [file]: style.apply(files[file]!) };
        const object = container.value as JsonObject | JsonValue[];
        if (!Array.isArray(object) && Object.hasOwn(object, newKey)) return;
        const added: JsonPath = Array.isArray(object)
          ? [...container.path, object.length]
          : [...container.path, newKey, ...rest];
        const set = setConfigValue(before, file, added, value);
        if (!set.ok) throw new Error(set.error);
        const removed = setConfigValue(
          set.files,
          file,
          added.slice(0, container.path.length + 1),
          undefined,
        );
        if (!removed.ok) throw new Error(removed.error);
        expect(removed.files[file]).toBe(before[file]);
      }),
      { numRuns: 150 },
    );
  });

  it("changes nothing when every value is set to what it already is", () => {
    for (const file of jsonFiles) {
      const config: JsonValue = JSON.parse(files[file]!);
      for (const { path, value } of entries(config)) {
        expect(setConfigValue(files, file, path, value)).toEqual({ ok: true, files });
        expect((setConfigValue(files, file, path, value) as { files: FileMap }).files).toBe(files);
        if (isJsonObject(value)) {
          // the same object with its keys in another order is the same value
          const reordered = Object.fromEntries(Object.entries(value).reverse());
          expect((setConfigValue(files, file, path, reordered) as { files: FileMap }).files).toBe(
            files,
          );
        }
      }
    }
  });
});
