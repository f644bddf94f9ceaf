import type { FieldDefinition } from "./type-definition.ts";

export type KeyPath = readonly (string | number)[];

/** The value at a key path of parsed JSON, or undefined when the path does not exist. */
export function valueAt(root: unknown, path: KeyPath): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * The field definition that describes the value at a key path below `field`. Any key (or `*`)
 * stands for an entry of a map or list; below an `any` field everything is `any`.
 */
export function fieldAt(field: FieldDefinition, path: KeyPath): FieldDefinition | undefined {
  let current: FieldDefinition = field;
  for (const key of path) {
    if (current.type === "any") return current;
    if (current.type === "map") current = current.values;
    else if (current.type === "list") current = current.items;
    else if (current.type === "object" && Object.hasOwn(current.fields, key)) {
      current = current.fields[key]!;
    } else return undefined;
  }
  return current;
}
