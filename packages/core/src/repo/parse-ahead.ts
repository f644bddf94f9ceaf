import type { FileMap } from "../json.ts";
import { JsonDocument } from "./json-document.ts";
import { type PathInfo, pathInfo } from "./path-info.ts";

// documents parsed ahead of a load, by text, until a load takes them or a new parse ahead starts
let ahead = new Map<string, JsonDocument>();
// what each path read ahead holds, by its path in its repository, until a new parse ahead starts
let pathsAhead = new Map<string, PathInfo>();

/**
 * Reads a map's paths and parses its component and account environment files ahead of
 * `loadWorkspace`, `size` files a step: each `next()` reads one slice. The next load of a map
 * with those texts takes the documents, and every load the paths' classification, instead of
 * doing that work again, so an editor can spread the reading of a large repository over several
 * tasks and then load it in one short one. `pathInRepository` gives the path a load will see
 * (a workspace of repositories loads each one's files by their path in it; null: none will).
 * What no load takes is forgotten when the next parse ahead starts.
 */
export function* parseAhead(
  files: FileMap,
  size: number,
  pathInRepository: (path: string) => string | null = (path) => path,
): Generator<void, void> {
  ahead = new Map();
  pathsAhead = new Map();
  const parsed = ahead;
  const kinds = pathsAhead;
  let sliced = 0;
  for (const path in files) {
    if (!Object.hasOwn(files, path)) continue;
    if (++sliced > size) {
      sliced = 1;
      yield;
      // a newer parse ahead started meanwhile: this one is no longer wanted
      if (ahead !== parsed) return;
    }
    const inRepository = pathInRepository(path);
    if (inRepository === null) continue;
    const kind = pathInfo(kinds, inRepository).where.kind;
    if (kind !== "component" && kind !== "account-environment") continue;
    const text = files[path]!;
    if (!parsed.has(text)) parsed.set(text, new JsonDocument(text));
  }
}

/** A document of `text`: the one parsed ahead (taken: held no longer), or a new one. */
export function documentOf(text: string): JsonDocument {
  const document = ahead.get(text);
  if (document === undefined) return new JsonDocument(text);
  ahead.delete(text);
  return document;
}

/**
 * The paths classified ahead, for loads to share and add to: any load may, as a path's info
 * depends on the path alone (empty when nothing was read ahead).
 */
export function classifiedAhead(): Map<string, PathInfo> {
  return pathsAhead;
}
