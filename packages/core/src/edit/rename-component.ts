import { getNodeValue } from "jsonc-parser";
import { valueAtKeyPath } from "../catalog/key-pattern.ts";
import type { ReferenceKind } from "../graph/graph.ts";
import type { FileMap, JsonValue } from "../json.ts";
import { componentId } from "../repo/component-id.ts";
import {
  type ComponentName,
  componentNameError,
  componentNameFile,
  nicknameError,
} from "./component-name.ts";
import { parseJsonText } from "./edit-json-text.ts";
import { type EditResult, editError, edited, fileError } from "./edit-result.ts";
import { existingPath } from "./existing-path.ts";
import { moveLayoutEntry } from "./layout-entry.ts";
import { setConfigValue } from "./set-config-value.ts";

/**
 * A reference that a rename must keep pointing at the same component: a graph edge whose
 * dependency is the renamed component, with the dependent's config file. An `own-nickname` edge
 * whose file is the renamed component's own stands for the renamed component's default
 * reference to a namesake (serverless-api → openapi), which its new nickname would break.
 * See `referencesToRename`.
 */
export interface ComponentReference {
  file: string;
  /** Key path with dots (`functions.echo.vpc_nickname`); for `own-nickname`, the absent key. */
  key: string;
  kind: ReferenceKind;
}

export interface ComponentRename extends ComponentName {
  newNickname: string;
}

/**
 * Renames a component: moves its config file (text unchanged, in its own repository in a
 * workspace of several), rewrites every reference to it so that it still resolves (in whichever
 * repository holds it), and moves its position in the layout. References by name match do not
 * name the nickname and stay as they are.
 */
export function renameComponent(
  files: FileMap,
  rename: ComponentRename,
  references: readonly ComponentReference[],
): EditResult {
  const nameError = componentNameError(rename) ?? nicknameError(rename.newNickname);
  if (nameError) return editError(nameError);
  const { env, type, nickname, newNickname } = rename;
  const from = componentNameFile(rename);
  if (!Object.hasOwn(files, from)) {
    return editError(`${componentId(type, nickname)} does not exist in ${env} (${from})`);
  }
  if (newNickname === nickname) return edited(files);
  const to = componentNameFile({ ...rename, nickname: newNickname });
  const existing = existingPath(files, to);
  if (existing && existing !== from) {
    return editError(`${componentId(type, newNickname)} already exists in ${env} (${existing})`);
  }

  let next = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [path === from ? to : path, text]),
  );
  for (const reference of references) {
    const file = reference.file === from ? to : reference.file;
    const result = rewriteReference(next, file, reference, rename, reference.file === from);
    if (!result.ok) return result;
    next = result.files;
  }
  return edited(
    moveLayoutEntry(next, env, componentId(type, nickname), componentId(type, newNickname)),
  );
}

function rewriteReference(
  files: FileMap,
  file: string,
  reference: ComponentReference,
  rename: ComponentRename,
  ownFile: boolean,
): EditResult {
  if (reference.kind === "name-match") return edited(files);
  const text = Object.hasOwn(files, file) ? files[file] : undefined;
  if (text === undefined) {
    return editError(`${file} does not exist, so its reference ${reference.key} cannot be renamed`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fileError(file, parsed.error, parsed.at);
  const path = reference.key.split(".");
  const current = valueAtKeyPath(getNodeValue(parsed.root), path);
  const value = rewrittenValue(reference.kind, current, rename, ownFile);
  if (value === undefined) {
    return fileError(
      file,
      `${reference.key} holds ${JSON.stringify(current ?? null)}, not a reference to ${componentId(rename.type, rename.nickname)}; reload the repository and try again`,
    );
  }
  return value === current ? edited(files) : setConfigValue(files, file, path, value);
}

/** The value that keeps the reference on the renamed component, or undefined when it is not one. */
function rewrittenValue(
  kind: Exclude<ReferenceKind, "name-match">,
  current: JsonValue | undefined,
  { type, nickname, newNickname }: ComponentRename,
  ownFile: boolean,
): string | undefined {
  if (kind === "own-nickname") {
    // the key was absent (or null, or ""): write it, so the reference holds whatever the nicknames
    const absent = current === undefined || current === null || current === "";
    const kept = ownFile ? nickname : newNickname;
    return absent || current === nickname || current === kept ? kept : undefined;
  }
  if (typeof current !== "string") return undefined;
  const byNickname = current === nickname || current === newNickname ? newNickname : undefined;
  const byPath = renamedParameterPath(current, type, nickname, newNickname);
  switch (kind) {
    case "nickname":
    case "type-nickname":
      return byNickname;
    case "parameter-path":
      return byPath;
    case "nested":
      // a nested reference is a nickname, a parameter path or a name match, which stays as it is
      return byNickname ?? byPath ?? current;
  }
}

const parameterPathPattern = /^(.*)\/([^/]+)\/([^/]+)\/runtime$/;

/** `/iac/vpc/main/runtime` → `/iac/vpc/core/runtime`, keeping the prefix; undefined for another component. */
function renamedParameterPath(
  value: string,
  type: string,
  nickname: string,
  newNickname: string,
): string | undefined {
  const match = parameterPathPattern.exec(value);
  if (!match || match[2] !== type || (match[3] !== nickname && match[3] !== newNickname)) {
    return undefined;
  }
  return `${match[1]}/${type}/${newNickname}/runtime`;
}
