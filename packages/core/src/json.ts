/** A JSON value as config files hold it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

/** A repository as an in-memory map of repository-relative paths (forward slashes) to file text. */
export type FileMap = Record<string, string>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
