import type { ComponentCommit, FileMap } from "@karma/core";
import { useEffect, useReducer } from "react";
import { describeError } from "../actions/describe-error.ts";
import { isServed } from "../serve/save-to-server.ts";
import { ServeError, serveApi } from "../serve/serve-api.ts";
import { servedToken } from "../serve/served-token.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { useEditor } from "../store/editor-context.tsx";
import { onReturn } from "../ui/on-return.ts";

/** A component's git history as the Lineage tab shows it. */
export type ComponentLog =
  | { state: "unserved" }
  | { state: "loading" }
  /** git has nothing for it: not committed yet, or the folder is not in git. */
  | { state: "missing"; message: string }
  | { state: "failed"; message: string }
  | { state: "ready"; commits: ComponentCommit[]; readAt: number };

interface Entry {
  read: Promise<ComponentLog>;
  log?: ComponentLog;
}

const unserved: ComponentLog = { state: "unserved" };
const loading: ComponentLog = { state: "loading" };

// per baseline (opened or saved) and per commit made here: a save or a commit reads it again
const cache = new WeakMap<FileMap, Map<string, Entry>>();
// a commit made outside (in a terminal) is seen when the person comes back to the page: the
// history is read again, one read at a time, and the one shown stays until the new one is in
const rereading = new WeakSet<Entry>();

const selectBaseline = (state: EditorStore) => state.baseline;
const selectCommitCount = (state: EditorStore) => state.commitCount;

/** The commits of component `id` in `env` (`GET /api/log`), newest first, under karma serve. */
export function useComponentLog(id: string, env: string): ComponentLog {
  const served = useEditor(isServed);
  const baseline = useEditor(selectBaseline);
  const commits = useEditor(selectCommitCount);
  const key = `${commits}\u0000${env}\u0000${id}`;
  const [, readAgain] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    const token = servedToken();
    if (!served || token === null) return;
    let byKey = cache.get(baseline);
    if (!byKey) {
      byKey = new Map();
      cache.set(baseline, byKey);
    }
    let entry = byKey.get(key);
    // a failure is tried again each time the history is shown again
    if (!entry || entry.log?.state === "failed") {
      entry = start(token, id, env);
      byKey.set(key, entry);
    }
    let live = true;
    if (!entry.log) entry.read.then(() => live && readAgain());
    const stopWatching = onReturn(() => {
      const shown = byKey.get(key);
      if (shown?.log?.state !== "ready" || rereading.has(shown)) return;
      rereading.add(shown);
      const fresh = start(token, id, env);
      fresh.read.then((log) => {
        rereading.delete(shown);
        if (log.state === "failed" || byKey.get(key) !== shown) return;
        byKey.set(key, fresh);
        if (live) readAgain();
      });
    });
    return () => {
      live = false;
      stopWatching();
    };
  }, [served, baseline, key, id, env]);

  if (!served) return unserved;
  return cache.get(baseline)?.get(key)?.log ?? loading;
}

function start(token: string, id: string, env: string): Entry {
  const entry: Entry = {
    read: serveApi(token)
      .readComponentLog(id, env)
      .then(
        (commits): ComponentLog => ({ state: "ready", commits, readAt: Date.now() }),
        (error): ComponentLog =>
          error instanceof ServeError && error.status === 404
            ? { state: "missing", message: error.message }
            : { state: "failed", message: describeError(error) },
      ),
  };
  entry.read.then((log) => {
    entry.log = log;
  });
  return entry;
}
