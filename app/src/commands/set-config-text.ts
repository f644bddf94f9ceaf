import { writeFiles } from "@karma/core";
import { type Command, refused } from "./command.ts";
import { componentFileIn } from "./component-file.ts";

export interface SetConfigTextArgs {
  env: string;
  id: string;
  /** The config file's new text, as typed. */
  text: string;
}

/** Replaces a component's config file with the text typed in the JSON tab. */
export const setConfigTextCommand: Command<SetConfigTextArgs> = {
  id: "set-config-text",
  label: ({ id }) => `Edit JSON of ${id}`,
  run(state, { env, id, text }) {
    const file = componentFileIn(state, env, id);
    if (!file || !Object.hasOwn(state.files, file)) return refused(`${id} is no longer in ${env}`);
    return {
      ok: true,
      files: state.files[file] === text ? state.files : writeFiles(state.files, { [file]: text }),
    };
  },
};
