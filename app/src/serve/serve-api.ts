import type { ComponentCommit, FileMap } from "@karma/core";
import type { SaveConflict } from "../state/editor-state.ts";
import { versionsFor } from "./file-version.ts";

/** The repository as `GET /api/files` gives it (SERVE-API.md). */
export interface ServedRepository {
  /** The repository's absolute path on disk: which repository this is. */
  root: string;
  /**
   * Under `karma serve --with`: every repository of the workspace, the served one first; the
   * others' files are in `files` under `../<name>/`. Absent (or one) for a repository alone.
   */
  repositories?: { name: string; root: string }[];
  files: FileMap;
  problems: string[];
}

export type SaveResult =
  | { kind: "saved"; paths: string[] }
  | { kind: "conflict"; message: string; conflicts: SaveConflict[] }
  | {
      kind: "refused";
      status: number;
      message: string;
      paths: { path: string; message: string }[];
    };

/** The files of a commit, as `GET /api/files-at` gives them. */
export interface FilesAt extends ServedRepository {
  ref: string;
  commit: string;
}

/** One commit of an environment's log (`GET /api/log?env=`), as far as the app reads it. */
export interface EnvironmentCommit {
  sha: string;
  author: string;
  date: string;
  subject: string;
}

/** The branch HEAD is on (null: detached) and what is staged (`GET /api/commit`). */
export interface GitStatus {
  branch: string | null;
  staged: string[];
}

export interface GitCommitDone {
  commit: string;
  branch: string;
  paths: string[];
}

/** What the server refused, in its words, with the HTTP status and the body's details. */
export class ServeError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ServeError";
  }
}

type Fetch = typeof fetch;

/** The API of `karma serve`: the page's own server, with the token of its address. */
export function serveApi(token: string, fetchFn: Fetch = (...args) => fetch(...args)) {
  const headers = { Authorization: `Bearer ${token}` };
  /** The answer's JSON, or a ServeError with the server's message. */
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetchFn(
      path,
      body === undefined
        ? { headers, cache: "no-store" }
        : {
            method: "POST",
            headers: { ...headers, "Content-Type": "application/json" },
            body: JSON.stringify(body),
          },
    );
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const message =
        typeof answer.error === "string"
          ? answer.error
          : `the server answered ${response.status} ${response.statusText}`;
      throw new ServeError(response.status, message, answer);
    }
    return answer as T;
  };
  return {
    async readFiles(): Promise<ServedRepository> {
      const response = await fetchFn("/api/files", { headers, cache: "no-store" });
      const body = (await response.json().catch(() => ({}))) as Partial<ServedRepository> & {
        error?: string;
      };
      if (!response.ok || !body.files) {
        throw new Error(
          body.error ?? `the server answered ${response.status} ${response.statusText}`,
        );
      }
      return {
        root: body.root ?? "",
        files: body.files,
        problems: body.problems ?? [],
        ...(Array.isArray(body.repositories) ? { repositories: body.repositories } : {}),
      };
    },

    /**
     * Writes the changes, each checked against its version in `baseline` (or in `known`, to
     * overwrite a version seen on disk); all or nothing.
     */
    async save(
      changes: Record<string, string | null>,
      baseline: FileMap,
      known: Record<string, string | null> = {},
    ): Promise<SaveResult> {
      const versions = { ...(await versionsFor(changes, baseline)), ...known };
      const response = await fetchFn("/api/files", {
        method: "PUT",
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({ changes, versions }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        error?: string;
        conflicts?: SaveConflict[];
        paths?: { path: string; message: string }[];
      };
      if (response.ok) return { kind: "saved", paths: Object.keys(changes) };
      const message = body.error ?? `the server answered ${response.status} ${response.statusText}`;
      if (response.status === 409) {
        return { kind: "conflict", message, conflicts: body.conflicts ?? [] };
      }
      return { kind: "refused", status: response.status, message, paths: body.paths ?? [] };
    },

    /** One component's commits in an environment, newest first (`GET /api/log`). */
    async readComponentLog(component: string, env: string): Promise<ComponentCommit[]> {
      const query = new URLSearchParams({ component, env });
      return (await call<{ commits: ComponentCommit[] }>(`/api/log?${query}`)).commits;
    },

    /** The newest commits that changed an environment. */
    async readEnvironmentLog(env: string, limit: number): Promise<EnvironmentCommit[]> {
      const query = new URLSearchParams({ env, limit: String(limit) });
      return (await call<{ commits: EnvironmentCommit[] }>(`/api/log?${query}`)).commits;
    },

    /** The repository's files as they are in a commit (`GET /api/files-at`). */
    readFilesAt: (ref: string) => call<FilesAt>(`/api/files-at?${new URLSearchParams({ ref })}`),

    gitStatus: () => call<GitStatus>("/api/commit"),

    /** Commits exactly these saved files on the current branch (`POST /api/commit`). */
    commit: (message: string, paths: string[]) =>
      call<GitCommitDone>("/api/commit", { message, paths }),
  };
}
