import {
  type EditResult,
  type FileMap,
  type Graph,
  nicknameError,
  referencesToRename,
  renameComponent,
} from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { graphOf, workspaceOf } from "../model/derive.ts";
import { configFilesOf } from "../model/repository-files.ts";
import type { EditorStore } from "../store/create-editor-store.ts";
import { splitId } from "./component-id.ts";

/**
 * Renames component `id` of the graph's environment: moves its file, rewrites every reference to
 * it and its layout entry (core `renameComponent`).
 */
export function renameInFiles(
  files: FileMap,
  graph: Graph,
  id: string,
  newNickname: string,
): EditResult {
  const error = nicknameError(newNickname);
  if (error) return { ok: false, error };
  const { type, nickname } = splitId(id);
  return renameComponent(
    files,
    { env: graph.env, type, nickname, newNickname },
    referencesToRename(graph, id),
  );
}

/**
 * Renames a component of the shown environment as one undo step and keeps it selected under its
 * new id. Returns why it cannot be renamed, or null.
 */
export function renameShown(
  store: StoreApi<EditorStore>,
  id: string,
  newNickname: string,
): string | null {
  const state = store.getState();
  if (state.env === null) return "no environment is shown";
  const { type, nickname } = splitId(id);
  if (newNickname === nickname) return null;
  const graph = graphOf(workspaceOf(configFilesOf(state.files)), state.env);
  const result = renameInFiles(state.files, graph, id, newNickname);
  if (!result.ok) return result.error;
  const newId = `${type}/${newNickname}`;
  // a node without a saved position keeps its automatic one rather than being placed anew
  const placed = state.placed[state.env]?.[id];
  if (placed) state.place(state.env, { [newId]: placed });
  state.edit(`Rename ${id} to ${newId}`, result.files);
  if (store.getState().selection === id) state.select(newId);
  return null;
}
