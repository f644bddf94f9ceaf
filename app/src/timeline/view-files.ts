import { type FileMap, type LayoutPositions, layoutFileEnv } from "@karma/core";

/**
 * A commit's files without its layout files: the timeline draws each component where it stands
 * now (`timelinePositions`), so a step never moves what was there before it.
 */
export function withoutLayoutFiles(files: FileMap): FileMap {
  const kept: FileMap = {};
  for (const path of Object.keys(files)) {
    if (layoutFileEnv(path) === null) kept[path] = files[path]!;
  }
  return kept;
}

/**
 * Where the timeline draws a commit's components: where they stand now, else where an earlier
 * step of the timeline put them, else where the commit's own layout file had them. What has no
 * place yet is placed by the layout service, below the rest.
 */
export function timelinePositions(
  now: LayoutPositions,
  earlier: LayoutPositions,
  atCommit: LayoutPositions,
): LayoutPositions {
  return { ...atCommit, ...earlier, ...now };
}
