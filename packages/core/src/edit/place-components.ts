import type { FileMap } from "../json.ts";
import {
  type LayoutPositions,
  layoutFilePath,
  savedPositions,
  serializeLayoutFile,
} from "../layout/layout-file.ts";
import { writeFiles } from "../repo/file-map-writes.ts";
import { environmentError } from "./component-name.ts";
import { type EditResult, editError, edited } from "./edit-result.ts";

export interface Placement {
  env: string;
  /** Where the given components now sit, by id. */
  positions: LayoutPositions;
  /**
   * `merge` (a move): the components shown where automatic layout put them (`automatic`) are
   * saved there too, so they stay beside the moved ones; `replace` (auto layout): the positions
   * replace the shown ones and automatic positions are not saved. Either way the saved positions
   * of components not given are kept.
   */
  mode: "merge" | "replace";
  /** Where automatic layout shows the components, by id; only `merge` reads them. */
  automatic?: LayoutPositions;
}

/**
 * Writes positions into `.karma/layout/<env>.json`, rewritten sorted in whole pixels (the file is
 * Karma's own). The same file map comes back when the file would not change.
 */
export function placeComponents(files: FileMap, placement: Placement): EditResult {
  const { env, positions, mode, automatic = {} } = placement;
  const envError = environmentError(env);
  if (envError) return editError(envError);
  const saved = savedPositions(files, env);
  const next =
    mode === "merge" ? { ...automatic, ...saved, ...positions } : { ...saved, ...positions };
  for (const [id, { x, y }] of Object.entries(next)) {
    // JSON has no Infinity or NaN: the file would hold null, which its reader refuses
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      return editError(`the position of ${id} must be finite numbers, not (${x}, ${y})`);
    }
  }
  const file = layoutFilePath(env);
  const text = serializeLayoutFile(next);
  if (Object.hasOwn(files, file) && files[file] === text) return edited(files);
  return edited(writeFiles(files, { [file]: text }));
}
