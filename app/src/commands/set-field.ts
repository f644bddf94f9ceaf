import { type JsonValue, setConfigValue } from "@karma/core";
import { type KeyPath, pathName } from "../model/key-path.ts";
import { type Command, refused } from "./command.ts";
import { componentFileIn } from "./component-file.ts";

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
    const file = componentFileIn(state, env, id);
    if (!file || !Object.hasOwn(state.files, file)) return refused(`${id} is no longer in ${env}`);
    return setConfigValue(state.files, file, path, value);
  },
};
