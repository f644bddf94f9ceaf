import { classifyPath, type PathKind, pathCollisionKey } from "./classify-path.ts";

/** What a path holds and its canonical form: a pure function of the path. */
export interface PathInfo {
  where: PathKind;
  collisionKey: string;
}

/** The path's info from `kinds`, classified and added to it the first time it is asked for. */
export function pathInfo(kinds: Map<string, PathInfo>, path: string): PathInfo {
  let info = kinds.get(path);
  if (!info) {
    info = { where: classifyPath(path), collisionKey: pathCollisionKey(path) };
    kinds.set(path, info);
  }
  return info;
}
