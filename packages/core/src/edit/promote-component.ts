import { type FileMap, isJsonObject, type JsonObject } from "../json.ts";
import { jsonEqual } from "../plan/diff-config.ts";
import type { Workspace } from "../repo/workspace.ts";
import { splitWorkspacePath } from "../repositories/workspace-paths.ts";
import { addComponent } from "./add-component.ts";
import { componentNameFile } from "./component-name.ts";
import { type EditResult, editError, edited } from "./edit-result.ts";
import { setConfigValue } from "./set-config-value.ts";

/**
 * Copies component `id`'s config from environment `from` to `to`. A new component gets the
 * source file as it is; an existing one is edited key by key, so its formatting and the keys
 * that are already the same stay untouched and the diff is only what promotion changes.
 * `workspace` is the repository `files` hold; a component it could not read is refused, never
 * overwritten. In a workspace of several repositories, a new component is made in the source's
 * repository.
 */
export function promoteComponent(
  files: FileMap,
  workspace: Workspace,
  id: string,
  from: string,
  to: string,
): EditResult {
  if (from === to) return editError(`${id} cannot be promoted to its own environment`);
  const find = (env: string) => workspace.components.find((c) => c.env === env && c.id === id);
  const source = find(from);
  if (!source) return editError(`${id} does not exist in ${from}`);
  if (!source.config)
    return editError(`${source.file} is not a JSON object: fix it before promoting`);
  const target = find(to);
  if (!target) {
    const { type, nickname } = source;
    const name = { env: to, type, nickname, repo: splitWorkspacePath(source.file)?.repo ?? null };
    const created = addComponent(files, { ...name, config: source.config });
    if (!created.ok) return created;
    // the source file as it is, formatting included
    const file = componentNameFile(name);
    return edited({ ...created.files, [file]: source.document.text });
  }
  if (!target.config)
    return editError(`${target.file} is not a JSON object: fix it before promoting`);
  return copyKeys(edited(files), target.file, [], target.config, source.config);
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
    if (!Object.hasOwn(wanted, key)) {
      result = setConfigValue(result.files, file, [...path, key], undefined);
    }
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
