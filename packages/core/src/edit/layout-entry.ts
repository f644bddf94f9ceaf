import { type FileMap, isJsonObject, type JsonObject } from "../json.ts";
import { layoutFilePath } from "../layout/layout-file.ts";
import { writeFiles } from "../repo/file-map-writes.ts";
import { JsonDocument } from "../repo/json-document.ts";

/**
 * Moves (or, with `to` null, drops) a component's entry in `.karma/layout/<env>.json`. The file
 * is Karma's own, so it is rewritten sorted with 2-space indent; entries Karma does not
 * understand are kept. A missing or unreadable layout file, or one without the entry, is left as
 * it is: positions are not worth refusing an edit over, and the reader already reports a broken file.
 */
export function moveLayoutEntry(
  files: FileMap,
  env: string,
  from: string,
  to: string | null,
): FileMap {
  const file = layoutFilePath(env);
  const text = Object.hasOwn(files, file) ? files[file] : undefined;
  if (text === undefined) return files;
  const layout = parseObject(text);
  if (!layout || !Object.hasOwn(layout, from)) return files;
  const entries = Object.entries(layout).filter(([id]) => id !== from && id !== to);
  if (to !== null) entries.push([to, layout[from]!]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return writeFiles(files, {
    [file]: `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`,
  });
}

function parseObject(text: string): JsonObject | null {
  // the layout file's own reader (layout-file.ts) reports what is wrong with it
  const document = new JsonDocument(text);
  return isJsonObject(document.value) ? document.value : null;
}
