import { isJsonObject, type JsonObject, type JsonValue, ownValue } from "../json.ts";
import type { ReferenceDefinition, TypeDefinition } from "./type-definition.ts";

/**
 * Config key patterns, as type definitions write them: keys joined by dots, `*` standing for
 * every entry of an object (`functions.*.vpc_nickname`). Only own keys are read: a config may
 * hold keys named like `Object.prototype` members (`toString`, `constructor`).
 */

export interface KeyMatch {
  /** The concrete key path (`["functions", "echo", "vpc_nickname"]`). */
  path: string[];
  value: JsonValue;
}

export interface KeySlot {
  path: string[];
  /** Undefined when the last key is absent. */
  value: JsonValue | undefined;
}

/** Every key path of `config` that the pattern matches, with its value. */
export function expandKeyPattern(config: JsonObject, pattern: string): KeyMatch[] {
  const keys = pattern.split(".");
  const last = keys.pop()!;
  return parentsOf(config, keys).flatMap(({ path, object }) =>
    matchingKeys(object, last).map((key) => ({ path: [...path, key], value: object[key]! })),
  );
}

/**
 * The key paths where a value for the pattern can be written: as `expandKeyPattern`, but a last
 * key that is not `*` may be absent, since writing the value creates it. Entries of a map are
 * never created: a `*` matches only those the config has.
 */
export function writableKeyPaths(config: JsonObject, pattern: string): KeySlot[] {
  const keys = pattern.split(".");
  const last = keys.pop()!;
  return parentsOf(config, keys).flatMap(({ path, object }) =>
    last === "*"
      ? Object.keys(object).map((key) => ({ path: [...path, key], value: object[key] }))
      : [{ path: [...path, last], value: ownValue(object, last) }],
  );
}

/** The value at a key path, or undefined when a key on the way is absent or not in an object. */
export function valueAtKeyPath(
  config: JsonValue,
  path: readonly (string | number)[],
): JsonValue | undefined {
  let value: JsonValue | undefined = config;
  for (const key of path) {
    if (!isJsonObject(value)) return undefined;
    value = ownValue(value, String(key));
  }
  return value;
}

/** The reference of a type that a concrete key path holds (the nickname key of a pair), if any. */
export function referenceAt(
  definition: TypeDefinition,
  path: readonly (string | number)[],
): ReferenceDefinition | undefined {
  return definition.references.find((reference) =>
    keyPatternMatches(referenceKeyPattern(reference), path),
  );
}

/** Whether the pattern reaches into the entries of a map, which makes its references nested. */
export function hasWildcard(pattern: string): boolean {
  return pattern.split(".").includes("*");
}

/**
 * The path of the pattern's last key beside the last key of `path`: where a type + nickname
 * pair keeps its type, next to the nickname found at `path`.
 */
export function siblingPath<Key extends string | number>(
  path: readonly Key[],
  pattern: string,
): (Key | string)[] {
  return [...path.slice(0, -1), pattern.split(".").at(-1)!];
}

/** The key pattern of a reference that names the other component: the nickname key of a pair. */
export function referenceKeyPattern(reference: ReferenceDefinition): string {
  return reference.kind === "type-nickname" ? reference.nicknameKey : reference.key;
}

function keyPatternMatches(pattern: string, path: readonly (string | number)[]): boolean {
  const keys = pattern.split(".");
  return (
    keys.length === path.length && keys.every((key, i) => key === "*" || key === String(path[i]))
  );
}

/** The objects reached by `keys`, each with its path. */
function parentsOf(
  config: JsonObject,
  keys: readonly string[],
): { path: string[]; object: JsonObject }[] {
  let frontier = [{ path: [] as string[], object: config }];
  for (const key of keys) {
    const next: typeof frontier = [];
    for (const { path, object } of frontier) {
      for (const name of matchingKeys(object, key)) {
        const value = object[name];
        if (isJsonObject(value)) next.push({ path: [...path, name], object: value });
      }
    }
    frontier = next;
  }
  return frontier;
}

function matchingKeys(object: JsonObject, key: string): string[] {
  if (key === "*") return Object.keys(object);
  return Object.hasOwn(object, key) ? [key] : [];
}
