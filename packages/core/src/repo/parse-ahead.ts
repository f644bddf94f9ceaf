import type { FileMap } from "../json.ts";
import { classifyPath } from "./classify-path.ts";
import { JsonDocument } from "./json-document.ts";

// documents parsed ahead of a load, by text, until a load takes them or a new parse ahead starts
let ahead = new Map<string, JsonDocument>();

/**
 * Parses the component and account environment files of a map ahead of `loadWorkspace`, `size`
 * files a step: each `next()` parses one slice. The next load of a map with those texts takes
 * the documents instead of parsing them again, so an editor can spread the parse of a large
 * repository over several tasks and then load it in one short one. What no load takes is
 * forgotten when the next parse ahead starts.
 */
export function* parseAhead(files: FileMap, size: number): Generator<void, void> {
  ahead = new Map();
  const parsed = ahead;
  let sliced = 0;
  for (const path in files) {
    if (!Object.hasOwn(files, path)) continue;
    const kind = classifyPath(path).kind;
    if (kind !== "component" && kind !== "account-environment") continue;
    if (++sliced > size) {
      sliced = 1;
      yield;
      // a newer parse ahead started meanwhile: this one is no longer wanted
      if (ahead !== parsed) return;
    }
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
