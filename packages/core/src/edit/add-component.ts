import type { FileMap, JsonObject } from "../json.ts";
import { componentId } from "../repo/component-id.ts";
import { writeFiles } from "../repo/file-map-writes.ts";
import {
  type ComponentName,
  componentNameError,
  componentNameFile,
  nicknameError,
} from "./component-name.ts";
import { type EditResult, editError, edited } from "./edit-result.ts";
import { existingPath } from "./existing-path.ts";
import { isJsonValue } from "./json-values.ts";

export interface NewComponent extends ComponentName {
  config: JsonObject;
}

/**
 * Adds a component's config file (in its repository, in a workspace of several), written with
 * 2-space indent and a final newline.
 */
export function addComponent(files: FileMap, component: NewComponent): EditResult {
  const nameError = componentNameError(component) ?? nicknameError(component.nickname);
  if (nameError) return editError(nameError);
  const { env, type, nickname, config } = component;
  const id = componentId(type, nickname);
  if (!isJsonValue(config)) return editError(`the config of ${id} is not JSON`);
  const file = componentNameFile(component);
  const existing = existingPath(files, file);
  if (existing) return editError(`${id} already exists in ${env} (${existing})`);
  return edited(writeFiles(files, { [file]: `${JSON.stringify(config, null, 2)}\n` }));
}
