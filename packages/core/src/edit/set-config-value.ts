import type { FileMap, JsonValue } from "../json.ts";
import { writeFiles } from "../repo/file-map-writes.ts";
import { editJsonText, type JsonPath } from "./edit-json-text.ts";
import { type EditResult, editError, edited, fileError } from "./edit-result.ts";

/**
 * Sets the value at a key path of one JSON file, creating missing objects on the way, or removes
 * the key when `value` is undefined. Only the bytes of that value change (see `editJsonText`);
 * every other file is the same string. Setting a value equal to the current one, or removing a
 * key that is absent, returns the input map itself.
 */
export function setConfigValue(
  files: FileMap,
  file: string,
  path: JsonPath,
  value: JsonValue | undefined,
): EditResult {
  const text = Object.hasOwn(files, file) ? files[file] : undefined;
  if (text === undefined) return editError(`${file} does not exist`);
  const result = editJsonText(text, path, value);
  if (!result.ok) return fileError(file, result.error, result.at);
  if (result.text === text) return edited(files);
  return edited(writeFiles(files, { [file]: result.text }));
}
