/** A JSON value as config files hold it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

/** A repository as an in-memory map of repository-relative paths (forward slashes) to file text. */
export type FileMap = Record<string, string>;

/**
 * The value of an object's own key, never an inherited one: a config may hold keys named like
 * `Object.prototype` members (`toString`, `constructor`), which plain indexing would find there.
 */
export function ownValue(object: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
