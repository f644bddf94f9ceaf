import {
  addComponent,
  componentFile,
  type EditResult,
  type FileMap,
  isJsonObject,
  type JsonObject,
  jsonEqual,
  setConfigValue,
  type Workspace,
} from "@karma/core";

/**
 * Copies a component's config from one environment to another. A new component gets the source
 * file as it is; an existing one is edited key by key, so its formatting and the keys that are
 * already the same stay untouched and the diff is only what promotion changes.
 */
export function promoteComponent(
  files: FileMap,
  workspace: Workspace,
  id: string,
  from: string,
  to: string,
): EditResult {
  if (from === to) return { ok: false, error: `${id} cannot be promoted to its own environment` };
  const find = (env: string) => workspace.components.find((c) => c.env === env && c.id === id);
  const source = find(from);
  if (!source) return { ok: false, error: `${id} does not exist in ${from}` };
  if (!source.config) {
    return { ok: false, error: `${source.file} is not a JSON object: fix it before promoting` };
  }
  const target = find(to);
  if (!target) {
    const { type, nickname } = source;
    const created = addComponent(files, { env: to, type, nickname, config: source.config });
    if (!created.ok) return created;
    // the source file as it is, formatting included
    const file = componentFile(to, type, nickname);
    return { ok: true, files: { ...created.files, [file]: source.document.text } };
  }
  if (!target.config) {
    return { ok: false, error: `${target.file} is not a JSON object: fix it before promoting` };
  }
  return copyKeys({ ok: true, files }, target.file, [], target.config, source.config);
}

/** Makes the object at `path` of `file` equal to `wanted`, one changed key at a time. */
function copyKeys(
  result: EditResult,
  file: string,
  path: string[],
  current: JsonObject,
  wanted: JsonObject,
): EditResult {
  for (const key of Object.keys(current)) {
    if (!result.ok) return result;
    if (!Object.hasOwn(wanted, key))
      result = setConfigValue(result.files, file, [...path, key], undefined);
  }
  for (const [key, value] of Object.entries(wanted)) {
    if (!result.ok) return result;
    const old = Object.hasOwn(current, key) ? current[key] : undefined;
    if (isJsonObject(old) && isJsonObject(value)) {
      result = copyKeys(result, file, [...path, key], old, value);
    } else if (!jsonEqual(old, value)) {
      result = setConfigValue(result.files, file, [...path, key], value);
    }
  }
  return result;
}
