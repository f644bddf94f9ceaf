import type { FileMap } from "@karma/core";
import type { SaveConflict } from "../state/editor-state.ts";
import { versionsFor } from "./file-version.ts";

/** The repository as `GET /api/files` gives it (SERVE-API.md). */
export interface ServedRepository {
  /** The repository's absolute path on disk: which repository this is. */
  root: string;
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

type Fetch = typeof fetch;

/** The API of `karma serve`: the page's own server, with the token of its address. */
export function serveApi(token: string, fetchFn: Fetch = (...args) => fetch(...args)) {
  const headers = { Authorization: `Bearer ${token}` };
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
      return { root: body.root ?? "", files: body.files, problems: body.problems ?? [] };
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
  };
}
