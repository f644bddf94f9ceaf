import { componentFile, parseComponentId } from "@karma/core";
import { type Command, refused } from "./command.ts";

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
    // the file from the id: no lookup through the repository's components
    const parsed = parseComponentId(id);
    const file = parsed && componentFile(env, parsed.type, parsed.nickname);
    if (!file || !Object.hasOwn(state.files, file)) return refused(`${id} is no longer in ${env}`);
    return {
      ok: true,
      files: state.files[file] === text ? state.files : { ...state.files, [file]: text },
    };
  },
};
