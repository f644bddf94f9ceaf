import {
  addComponent,
  type LayoutPosition,
  layoutFilePath,
  serializeLayoutFile,
} from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { savedPositionsOf } from "../model/derive.ts";
import type { EditorStore } from "../store/create-editor-store.ts";
import { selectWorkspace } from "../store/selectors.ts";
import { newConfig, uniqueNickname } from "./new-component.ts";

/**
 * Adds a component of `type` to the shown environment with its top-left corner at `position`
 * (flow coordinates), saved in the layout file, as one undo step; then selects it.
 * Returns its id, or null when it could not be added (the reason is shown as a notice).
 */
export function addFromPalette(
  store: StoreApi<EditorStore>,
  type: string,
  position: LayoutPosition,
): string | null {
  const state = store.getState();
  const workspace = selectWorkspace(state);
  const definition = workspace.catalog.types.get(type);
  if (state.env === null || !definition) {
    state.notify({
      tone: "error",
      title:
        state.env === null ? "Open a repository with an environment first." : `No type ${type}.`,
      lines: ["Components are added to the environment shown on the canvas."],
    });
    return null;
  }
  const env = state.env;
  const nickname = uniqueNickname(workspace, env, type);
  const added = addComponent(state.files, { env, type, nickname, config: newConfig(definition) });
  if (!added.ok) {
    state.notify({ tone: "error", title: `Could not add a ${type}.`, lines: [added.error] });
    return null;
  }
  const id = `${type}/${nickname}`;
  const layout = layoutFilePath(env);
  const positions = { ...savedPositionsOf(state.files, env), [id]: position };
  state.edit(`Added ${id}`, { ...added.files, [layout]: serializeLayoutFile(positions) });
  state.select(id);
  state.focusNickname(id);
  return id;
}
