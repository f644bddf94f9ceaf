import {
  addComponent,
  componentId,
  type LayoutPosition,
  layoutFilePath,
  serializeLayoutFile,
  uniqueNickname,
} from "@karma/core";
import { savedPositionsOf } from "../model/derive.ts";
import { selectWorkspace } from "../store/selectors.ts";
import { type Command, refused } from "./command.ts";
import { newConfig } from "./new-component.ts";

export interface AddArgs {
  type: string;
  /** Top-left corner in flow coordinates, saved in the layout file. */
  position: LayoutPosition;
}

/** Adds a component of a type to the shown environment, with a unique nickname, and selects it. */
export const addComponentCommand: Command<AddArgs> = {
  id: "add-component",
  label: ({ type }, state) =>
    `Add ${type}/${uniqueNickname(selectWorkspace(state), state.env ?? "", type)}`,
  run(state, { type, position }) {
    const workspace = selectWorkspace(state);
    const definition = workspace.catalog.types.get(type);
    const env = state.env;
    if (env === null) return refused("open a repository with an environment first");
    if (!definition) return refused(`there is no component type ${type}`);
    const nickname = uniqueNickname(workspace, env, type);
    const added = addComponent(state.files, { env, type, nickname, config: newConfig(definition) });
    if (!added.ok) return added;
    const id = componentId(type, nickname);
    const positions = { ...savedPositionsOf(state.files, env), [id]: position };
    return {
      ok: true,
      files: { ...added.files, [layoutFilePath(env)]: serializeLayoutFile(positions) },
      select: id,
    };
  },
};
