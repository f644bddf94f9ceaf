import { type EditResult, type FileMap, type JsonValue, setConfigValue } from "@karma/core";
import { type KeyPath, pathName } from "./key-path.ts";

interface EditedComponent {
  id: string;
  file: string;
}

/** Sets (or, with undefined, removes) one key of a component's config, changing only that value's text. */
export function setField(
  files: FileMap,
  component: EditedComponent,
  path: KeyPath,
  value: JsonValue | undefined,
): { label: string; result: EditResult } {
  const verb = value === undefined ? "Remove" : "Set";
  return {
    label: `${verb} ${pathName(path)} of ${component.id}`,
    result: setConfigValue(files, component.file, path, value),
  };
}

/** Replaces a component's config text as typed in the JSON tab; the same map when it is unchanged. */
export function setConfigText(files: FileMap, file: string, text: string): FileMap {
  return files[file] === text ? files : { ...files, [file]: text };
}
