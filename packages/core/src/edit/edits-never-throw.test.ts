import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import type { JsonValue } from "../json.ts";
import { classifyPath } from "../repo/classify-path.ts";
import { componentFile } from "../repo/component-id.ts";
import { addComponent } from "./add-component.ts";
import { deleteComponent } from "./delete-component.ts";
import { renameComponent } from "./rename-component.ts";
import { setConfigValue } from "./set-config-value.ts";

const files = readFixture();
const paths = Object.keys(files);

// mostly names the repository could hold, then near misses and anything at all
const name = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,8}$/), weight: 4 },
  fc.constantFrom("prod", "lambda", "demo-api", "..", ".", "", "a/b", "A", "x y", "a..b"),
  fc.string({ maxLength: 12, unit: "binary" }),
  fc.stringMatching(/^[A-Za-z0-9._/\\-]{0,10}$/),
);
const segment = fc.oneof(
  fc.string({ maxLength: 6, unit: "binary" }),
  fc.integer({ min: -2, max: 4 }),
  fc.double(),
  fc.constantFrom("__proto__", "constructor", "functions", "tags"),
);
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
  fc.constant(undefined),
);
const kind = fc.constantFrom(
  "nickname",
  "name-match",
  "type-nickname",
  "nested",
  "parameter-path",
  "own-nickname",
) as fc.Arbitrary<"nickname">;

describe("odd input gives errors as values, never a throw", () => {
  it("setConfigValue, on any file and key path", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...paths), name),
        fc.array(segment, { maxLength: 4 }),
        value,
        (file, path, newValue) => {
          const result = setConfigValue(files, file, path, newValue);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("add, delete and rename, with any names; what they accept, the reader reads back", () => {
    fc.assert(
      fc.property(name, name, name, name, (env, type, nickname, newNickname) => {
        const added = addComponent(files, { env, type, nickname, config: { a: 1 } });
        if (added.ok) {
          expect(classifyPath(componentFile(env, type, nickname))).toEqual({
            kind: "component",
            env,
            type,
            nickname,
          });
          expect(deleteComponent(added.files, { env, type, nickname })).toEqual({
            ok: true,
            files,
          });
          const renamed = renameComponent(added.files, { env, type, nickname, newNickname }, []);
          if (renamed.ok && newNickname !== nickname) {
            const moved = classifyPath(componentFile(env, type, newNickname));
            expect(moved).toEqual({ kind: "component", env, type, nickname: newNickname });
          }
        }
        expect(typeof deleteComponent(files, { env, type, nickname }).ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("rename, with references that say anything", () => {
    const reference = fc.record({
      file: fc.oneof(fc.constantFrom(...paths), name),
      key: fc.string(),
      kind,
    });
    fc.assert(
      fc.property(name, fc.array(reference, { maxLength: 4 }), (newNickname, references) => {
        const rename = { env: "prod", type: "lambda", nickname: "demo-api", newNickname };
        expect(typeof renameComponent(files, rename, references).ok).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });
});
