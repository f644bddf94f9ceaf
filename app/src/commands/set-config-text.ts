import { componentOf } from "../model/component-of.ts";
import { selectWorkspace } from "../store/selectors.ts";
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
    const component = componentOf(selectWorkspace(state), env, id);
    if (!component) return refused(`${id} is no longer in ${env}`);
    const { file } = component;
    return {
      ok: true,
      files: state.files[file] === text ? state.files : { ...state.files, [file]: text },
    };
  },
};
