import type { StoreApi } from "zustand/vanilla";
import { type EnvironmentCommit, type FilesAt, ServeError, serveApi } from "../serve/serve-api.ts";
import { servedToken } from "../serve/served-token.ts";
import type { RepositorySource } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import type { Editor } from "../store/editor-context.tsx";
import { createTimelineView } from "./timeline-view.ts";

/** How many of an environment's commits the timeline steps through. */
export const timelineLength = 50;

/**
 * What the timeline keeps while the app runs, for one served repository: the files of each
 * commit it read (a commit never changes, so stepping back and forth reads each once), the
 * environment's log (read again each time the timeline opens), and the editor it draws a
 * commit with while it is open.
 */
export interface TimelineSession {
  /**
   * The environment's last commits, oldest first, read again after each commit made here
   * (`commitCount`, the store's).
   */
  commits(env: string, commitCount: number): Promise<EnvironmentCommit[]>;
  /** The files of a commit, branch or tag; rejects with the server's reason. */
  filesAt(ref: string): Promise<FilesAt>;
  /** The files of a commit's parent; null for the first commit of the repository. */
  parentOf(sha: string): Promise<FilesAt | null>;
  /** Reads the log again on the next `commits` (the timeline opened, a commit was made). */
  forgetLog(): void;
  /** The editor that draws the shown commit, made on first use. */
  view(): Editor;
  /** The editor that draws the shown commit, if there is one now. */
  currentView(): Editor | null;
}

interface Entry {
  source: RepositorySource | null;
  session: TimelineSession;
  stop(): void;
}

const sessions = new WeakMap<StoreApi<EditorStore>, Entry>();

// a ref that names one commit for good: a full commit id, or an ancestor of one
const fixedRef = /^[0-9a-f]{40}(~\d+)?$/;

/** The timeline's session of the repository `store` shows now (a new one for another repository). */
export function timelineSession(store: StoreApi<EditorStore>): TimelineSession {
  const source = store.getState().source;
  const entry = sessions.get(store);
  if (entry?.source === source) return entry.session;
  entry?.stop();
  const created = createSession(store);
  sessions.set(store, { source, ...created });
  return created.session;
}

/** The editor drawing the shown commit, without making one. */
export function timelineViewOf(store: StoreApi<EditorStore>): Editor | null {
  return sessions.get(store)?.session.currentView() ?? null;
}

function createSession(store: StoreApi<EditorStore>): { session: TimelineSession; stop(): void } {
  const files = new Map<string, Promise<FilesAt>>();
  const parents = new Map<string, Promise<FilesAt | null>>();
  const logs = new Map<string, Promise<EnvironmentCommit[]>>();
  let view: Editor | null = null;

  const api = () => {
    const token = servedToken();
    if (token === null) throw new Error("The repository is not served by karma serve.");
    return serveApi(token);
  };

  const remember = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>) => {
    let answer = cache.get(key);
    if (!answer) {
      answer = read();
      cache.set(key, answer);
      // a failure is not kept: the next step asks again
      answer.catch(() => cache.delete(key));
    }
    return answer;
  };

  const filesAt = (ref: string): Promise<FilesAt> => {
    if (!fixedRef.test(ref)) {
      return api()
        .readFilesAt(ref)
        .then((at) => {
          if (!files.has(at.commit)) files.set(at.commit, Promise.resolve(at));
          return at;
        });
    }
    return remember(files, ref, () => api().readFilesAt(ref));
  };

  const stopView = () => {
    view?.layout.stop();
    view = null;
  };

  // the view follows the document's theme; it goes when the timeline closes or shows now
  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.timelineOpen) stopView();
    if (state.shownCommit !== null && state.env !== previous.env) state.setShownCommit(null);
    if (view && state.theme !== previous.theme) view.store.getState().setTheme(state.theme);
  });

  const session: TimelineSession = {
    commits: (env, commitCount) =>
      remember(logs, `${commitCount}\u0000${env}`, async () =>
        (await api().readEnvironmentLog(env, timelineLength)).slice().reverse(),
      ),
    filesAt,
    parentOf: (sha) =>
      remember(parents, sha, () =>
        filesAt(`${sha}~1`).catch((error: unknown) => {
          // the first commit has no parent: before it, nothing
          if (error instanceof ServeError && error.status === 404) return null;
          throw error;
        }),
      ),
    forgetLog() {
      logs.clear();
    },
    view() {
      view ??= createTimelineView(store.getState());
      return view;
    },
    currentView: () => view,
  };
  return {
    session,
    stop() {
      unsubscribe();
      stopView();
    },
  };
}
