import { componentFile, type FileMap } from "@karma/core";

/**
 * The selection after undo or redo turned `before` into `after`: the same component while it
 * still exists; when it was renamed (its file gone and exactly one new component of its type in
 * its environment), the renamed one; when it is gone, nothing. A selection that is not a
 * component's file (an external node) is left alone.
 */
export function followSelection(
  before: FileMap,
  after: FileMap,
  env: string | null,
  selection: string | null,
): string | null {
  if (env === null || selection === null) return selection;
  const [type = "", nickname = ""] = selection.split("/");
  const file = componentFile(env, type, nickname);
  if (!Object.hasOwn(before, file) || Object.hasOwn(after, file)) return selection;
  const prefix = `iac/${env}/${type}/`;
  const added = Object.keys(after).filter(
    (path) =>
      path.startsWith(prefix) && path.endsWith("/config.json") && !Object.hasOwn(before, path),
  );
  if (added.length !== 1) return null;
  return `${type}/${added[0]!.slice(prefix.length, -"/config.json".length)}`;
}
