import type { FileMap } from "../json.ts";
import { componentId } from "../repo/component-id.ts";
import { type ComponentName, componentNameError, componentNameFile } from "./component-name.ts";
import { type EditResult, editError, edited } from "./edit-result.ts";
import { moveLayoutEntry } from "./layout-entry.ts";

/**
 * Deletes a component's config file and its position in the layout. References to it stay in
 * the other configs: validation reports them, and the person decides what they should point at.
 * In a workspace of repositories the layout is the first repository's (the workspace's canvas).
 */
export function deleteComponent(files: FileMap, component: ComponentName): EditResult {
  const nameError = componentNameError(component);
  if (nameError) return editError(nameError);
  const { env, type, nickname } = component;
  const id = componentId(type, nickname);
  const file = componentNameFile(component);
  if (!Object.hasOwn(files, file)) return editError(`${id} does not exist in ${env} (${file})`);
  const { [file]: _deleted, ...rest } = files;
  return edited(moveLayoutEntry(rest, env, id, null));
}
