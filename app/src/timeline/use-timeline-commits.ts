import { useEffect, useState } from "react";
import type { StoreApi } from "zustand/vanilla";
import { describeError } from "../actions/describe-error.ts";
import type { EnvironmentCommit } from "../serve/serve-api.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { timelineSession } from "./timeline-session.ts";

export type TimelineCommits =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; commits: EnvironmentCommit[]; readAt: number };

/**
 * The last commits of `env`, oldest first, read when the timeline opens, when the environment
 * changes and after each commit made from here (`commitCount`).
 */
export function useTimelineCommits(
  store: StoreApi<EditorStore>,
  env: string | null,
  commitCount: number,
): TimelineCommits {
  const [commits, setCommits] = useState<TimelineCommits>({ state: "loading" });
  // the history moves outside too (a commit in a terminal): read again each time it opens
  useEffect(() => timelineSession(store).forgetLog(), [store]);
  useEffect(() => {
    if (env === null) {
      setCommits({ state: "failed", message: "the repository has no environment." });
      return;
    }
    let live = true;
    setCommits({ state: "loading" });
    timelineSession(store)
      .commits(env, commitCount)
      .then(
        (read) => live && setCommits({ state: "ready", commits: read, readAt: Date.now() }),
        (failure) => live && setCommits({ state: "failed", message: describeError(failure) }),
      );
    return () => {
      live = false;
    };
  }, [store, env, commitCount]);
  return commits;
}
