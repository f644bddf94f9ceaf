import {
  addComponent,
  componentFile,
  type FileMap,
  type LayoutPositions,
  layoutFilePath,
  serializeLayoutFile,
} from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { savedPositionsOf } from "../model/derive.ts";
import { uniqueNickname } from "../palette/new-component.ts";
import type { EditorStore } from "../store/create-editor-store.ts";
import { selectShownPositions, selectWorkspace } from "../store/selectors.ts";
import { selectedComponents } from "./selection-slice.ts";

const offset = 40;

/**
 * Duplicates the selected components of the shown environment: same config, a new unique
 * nickname (`main` → `main-1`, `vpc-1` → `vpc-2`), placed a little below and right, as one
 * undo step. The copies become the selection. Returns why it could not, or null.
 */
export function duplicateSelection(store: StoreApi<EditorStore>): string | null {
  const state = store.getState();
  const env = state.env;
  if (env === null) return null;
  let workspace = selectWorkspace(state);
  const positions = selectShownPositions(state);
  const layout = layoutFilePath(env);
  const saved: LayoutPositions = { ...savedPositionsOf(state.files, env) };
  let files: FileMap = state.files;
  const copies: string[] = [];
  const originals: string[] = [];
  for (const id of selectedComponents(state)) {
    const component = workspace.components.find((c) => c.env === env && c.id === id);
    if (!component) continue;
    if (!component.config) return `${id} has a config that is not a JSON object; fix it first.`;
    const nickname = uniqueNickname(
      workspace,
      env,
      component.type,
      component.nickname.replace(/-\d+$/, ""),
    );
    const added = addComponent(files, {
      env,
      type: component.type,
      nickname,
      config: component.config,
    });
    if (!added.ok) return added.error;
    // the same config, so the copy keeps the original's text: its formatting and key order
    files = {
      ...added.files,
      [componentFile(env, component.type, nickname)]: files[component.file]!,
    };
    const copy = `${component.type}/${nickname}`;
    const at = positions[id];
    if (at) saved[copy] = { x: at.x + offset, y: at.y + offset };
    copies.push(copy);
    originals.push(id);
    // the next copy of the same type must see this one
    workspace = {
      ...workspace,
      components: [...workspace.components, { ...component, id: copy, nickname }],
    };
  }
  if (copies.length === 0) return null;
  files = { ...files, [layout]: serializeLayoutFile(saved) };
  state.edit(
    copies.length === 1
      ? `Duplicated ${originals[0]} as ${copies[0]}`
      : `Duplicated ${copies.length} components`,
    files,
  );
  state.selectNodes(copies.at(-1)!, copies.slice(0, -1));
  return null;
}
