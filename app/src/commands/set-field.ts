import { type JsonValue, setConfigValue } from "@karma/core";
import { componentOf } from "../model/component-of.ts";
import { type KeyPath, pathName } from "../model/key-path.ts";
import { selectWorkspace } from "../store/selectors.ts";
import { type Command, refused } from "./command.ts";

export interface SetFieldArgs {
  env: string;
  id: string;
  path: KeyPath;
  /** The new value; undefined removes the key. */
  value: JsonValue | undefined;
}

/** Sets (or removes) one key of a component's config, changing only that value's text. */
export const setFieldCommand: Command<SetFieldArgs> = {
  id: "set-field",
  label: ({ id, path, value }) =>
    `${value === undefined ? "Remove" : "Set"} ${pathName(path)} of ${id}`,
  run(state, { env, id, path, value }) {
    const component = componentOf(selectWorkspace(state), env, id);
    if (!component) return refused(`${id} is no longer in ${env}`);
    return setConfigValue(state.files, component.file, path, value);
  },
};
