import type { FileMap } from "../json.ts";
import { type LayoutPositions, savedPositions } from "../layout/layout-file.ts";
import { componentId } from "../repo/component-id.ts";
import type { Workspace } from "../repo/workspace.ts";
import { splitWorkspacePath } from "../repositories/workspace-paths.ts";
import { addComponent } from "./add-component.ts";
import { componentNameFile } from "./component-name.ts";
import { placeComponents } from "./place-components.ts";
import { freeNickname, takenNicknames } from "./unique-nickname.ts";

export interface Duplication {
  env: string;
  /** The components to copy, in order; ids of no component of `env` (external nodes) are skipped. */
  ids: readonly string[];
  /** Where the originals are shown, by id; the saved position is used for one not given. */
  positions?: LayoutPositions;
}

export interface Duplicate {
  original: string;
  copy: string;
}

/** An `EditResult` that also says which copies were made. */
export type DuplicateResult =
  | { ok: true; files: FileMap; duplicates: Duplicate[] }
  | { ok: false; error: string };

// how far below and right of its original a copy is placed
const offset = 40;

/**
 * Copies components of one environment: each copy keeps its original's file text (formatting
 * and key order included), gets a new unique nickname (`main` → `main-1`, `vpc-1` → `vpc-2`) and
 * is placed a little below and right of its original. Nothing to copy leaves the files as they
 * are. `workspace` is the repository `files` hold; in a workspace of several repositories (the
 * editor's one view of them), each copy is in its original's repository.
 */
export function duplicateComponents(
  files: FileMap,
  workspace: Workspace,
  { env, ids, positions = {} }: Duplication,
): DuplicateResult {
  const saved = savedPositions(files, env);
  const placed: LayoutPositions = {};
  const taken = new Map<string, Set<string>>();
  const duplicates: Duplicate[] = [];
  let next = files;
  for (const id of ids) {
    const component = workspace.components.find((c) => c.env === env && c.id === id);
    if (!component) continue;
    if (!component.config) {
      return { ok: false, error: `${id} has a config that is not a JSON object; fix it first.` };
    }
    const { type, config } = component;
    const nicknames = taken.get(type) ?? takenNicknames(workspace, env, type);
    taken.set(type, nicknames);
    // a copy of `vpc-1` is `vpc-2`, not `vpc-1-1`
    const nickname = freeNickname(nicknames, component.nickname.replace(/-\d+$/, ""));
    const name = { env, type, nickname, repo: splitWorkspacePath(component.file)?.repo ?? null };
    const added = addComponent(next, { ...name, config });
    if (!added.ok) return added;
    next = { ...added.files, [componentNameFile(name)]: component.document.text };
    // the next copy of the same type must not take this nickname
    nicknames.add(nickname.toLowerCase());
    const copy = componentId(type, nickname);
    const at = positions[id] ?? saved[id];
    if (at) placed[copy] = { x: at.x + offset, y: at.y + offset };
    duplicates.push({ original: id, copy });
  }
  if (duplicates.length === 0) return { ok: true, files, duplicates };
  const result = placeComponents(next, { env, positions: placed, mode: "replace" });
  return result.ok ? { ...result, duplicates } : result;
}
