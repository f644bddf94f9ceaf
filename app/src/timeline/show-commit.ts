import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";
import { shortSha } from "./tick-label.ts";
import { timelineSession } from "./timeline-session.ts";
import { timelineUnavailable } from "./timeline-unavailable.ts";
import { keepPlaces, showInView } from "./timeline-view.ts";

// the last step asked for per editor wins: an earlier answer that arrives late is dropped
const latest = new WeakMap<StoreApi<EditorStore>, number>();

/**
 * Shows the graph of the shown environment at `ref` (a commit, branch or tag of the served
 * repository), read-only, marked with what that commit changed; null goes back to the document.
 * Opens the timeline. Resolves once every component shown has its place; rejects with the
 * server's reason. The document, its history and its export are left as they are.
 */
export async function showCommit(store: StoreApi<EditorStore>, ref: string | null): Promise<void> {
  const request = (latest.get(store) ?? 0) + 1;
  latest.set(store, request);
  const asked = store.getState();
  if (ref === null) {
    asked.setShownCommit(null);
    return;
  }
  const unavailable = timelineUnavailable(asked);
  if (unavailable !== null) throw new Error(unavailable);
  const env = asked.env;
  if (env === null) throw new Error("The repository has no environment to show.");
  const session = timelineSession(store);
  const [commits, at] = await Promise.all([
    session.commits(env, asked.commitCount),
    session.filesAt(ref),
  ]);
  const index = commits.findIndex((commit) => commit.sha === at.commit);
  // before a commit of the environment, the one before it in the environment's history
  const parent =
    index > 0 ? await session.filesAt(commits[index - 1]!.sha) : await session.parentOf(at.commit);
  const now = store.getState();
  if (latest.get(store) !== request || now.source !== asked.source || now.env !== env) return;
  if (!now.timelineOpen) now.setTimelineOpen(true);
  const commit = { sha: at.commit, subject: commits[index]?.subject ?? "" };
  const view = session.view();
  showInView(view.store, store.getState(), {
    commit,
    files: at.files,
    parent: parent?.files ?? {},
  });
  store.getState().setShownCommit(commit);
  if (at.problems.length > 0) {
    now.notify({
      tone: "info",
      title: `At ${shortSha(at.commit)}, ${at.problems.length} file${at.problems.length === 1 ? "" : "s"} could not be read and count as absent.`,
      lines: at.problems,
    });
  }
  await view.layout.whenPlaced();
  keepPlaces(view.store);
}

/** Closes the timeline: the document is shown again, as it was. */
export function closeTimeline(store: StoreApi<EditorStore>): void {
  latest.set(store, (latest.get(store) ?? 0) + 1);
  store.getState().setTimelineOpen(false);
}
