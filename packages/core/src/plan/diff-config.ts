import { isJsonObject, type JsonValue, ownValue } from "../json.ts";

/** One changed config key: absent before (added), absent after (removed), or both (changed). */
export interface FieldChange {
  /** Dot path of the key (`functions.echo.timeout`). Lists are compared whole. */
  path: string;
  before?: JsonValue;
  after?: JsonValue;
}

/** Key-level differences between two configs, in key order, unknown keys included. */
export function diffConfig(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(before, after, [], changes);
  return changes;
}

function walk(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  path: string[],
  changes: FieldChange[],
): void {
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      walk(ownValue(before, key), ownValue(after, key), [...path, key], changes);
    }
    return;
  }
  if (jsonEqual(before, after)) return;
  const change: FieldChange = { path: path.join(".") };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  changes.push(change);
}

export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}
