import { randomBytes } from "node:crypto";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { WorkspaceFolder } from "../workspace-folders.ts";
import {
  type ApplyHooks,
  applyChanges,
  type FileChanges,
  type FileVersions,
} from "./apply-changes.ts";
import { commitPath, type SavedVersions, serveCommit } from "./commit-route.ts";
import { describeError } from "./describe-error.ts";
import { historyPaths, serveHistory } from "./history-routes.ts";
import { readJsonBody, sendError, sendJson } from "./http-json.ts";
import { removeLeftovers } from "./remove-leftovers.ts";
import { readServedFiles } from "./repository-files.ts";
import { allowedHosts, hasToken, hostError, originError } from "./request-guard.ts";
import { servedRepositories } from "./served-repositories.ts";
import { serveStatic } from "./static-files.ts";

export interface ServerOptions {
  /** The repository folder to open and save into. */
  root: string;
  /** The other repositories of its workspace, served under `../<name>/` (SERVE-API.md). */
  others?: readonly WorkspaceFolder[];
  /** 0 picks a free port. */
  port: number;
  /** The built app (`dist/`, with index.html). */
  distDir: string;
  /** Test seam for a failure between writing new contents and moving them in place. */
  hooks?: ApplyHooks;
  /** How long a save's body may take to arrive, in milliseconds (default 30 s); then 408. */
  bodyTimeoutMs?: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>/?token=<token>`: the address to open. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Serves the built app and the repository's files (and those of the other repositories of its
 * workspace) on 127.0.0.1 only. The API (SERVE-API.md) needs the per-run token, every request
 * needs this server's own Host header, and saves are checked against the versions the client
 * read (409 on any change on disk).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const repositories = await servedRepositories(options.root, options.others ?? []);
  // the history API is about the first repository only
  const realRoot = repositories[0]!.realRoot;
  const realDist = await realpath(options.distDir);
  await stat(join(realDist, "index.html"));

  for (const repository of repositories) await removeLeftovers(repository.realRoot);

  const token = randomBytes(24).toString("base64url");
  let hosts = new Set<string>();
  // one save at a time, so two saves cannot interleave their checks and renames
  let saving: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const next = saving.then(task);
    saving = next.catch(() => {});
    return next;
  };
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 30_000;
  // what this run saved, so that a commit takes exactly those files as they were saved
  const saved: SavedVersions = new Map();

  const save = async (request: IncomingMessage, response: ServerResponse) => {
    // the whole body is read before waiting for other saves, so a slow client holds up no one
    const body = await readJsonBody(request, bodyTimeoutMs);
    if (!body.ok) {
      // an unread rest of the body would hold the connection: close it after answering
      if (!request.complete) response.setHeader("Connection", "close");
      return sendError(response, body.status, body.message);
    }
    const parsed = parseSaveRequest(body.value);
    if (typeof parsed === "string") return sendError(response, 400, parsed);
    const result = await oneAtATime(() =>
      applyChanges(repositories, parsed.changes, parsed.versions, options.hooks),
    );
    if (result.kind === "invalid") {
      const list = result.paths.map(({ path, message }) => `${path} (${message})`).join(", ");
      return sendError(response, 400, `refused: ${list}. Nothing was saved.`, {
        paths: result.paths,
      });
    }
    if (result.kind === "conflict") {
      const list = result.conflicts.map((conflict) => conflict.path).join(", ");
      return sendError(
        response,
        409,
        `changed on disk since it was read: ${list}. Nothing was saved; reload to see the changes.`,
        { conflicts: result.conflicts },
      );
    }
    for (const [path, version] of Object.entries(result.versions)) saved.set(path, version);
    return sendJson(response, 200, { versions: result.versions });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const refusedHost = hostError(request, hosts);
    if (refusedHost) return sendError(response, 403, refusedHost);
    response.setHeader("X-Content-Type-Options", "nosniff");
    // the page's address holds the token: never send it on as a referrer
    response.setHeader("Referrer-Policy", "no-referrer");
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const { pathname } = url;
    if (pathname !== "/api" && !pathname.startsWith("/api/")) {
      return serveStatic(realDist, request, response, pathname);
    }
    const refusedOrigin = originError(request, hosts);
    if (refusedOrigin) return sendError(response, 403, refusedOrigin);
    if (!hasToken(request, token)) {
      return sendError(
        response,
        403,
        "missing or wrong token: use the address karma serve printed",
      );
    }
    if (historyPaths.has(pathname)) return serveHistory(realRoot, request, response, url);
    if (pathname === commitPath) {
      return serveCommit({ repositories, saved, bodyTimeoutMs, oneAtATime }, request, response);
    }
    if (pathname !== "/api/files") return sendError(response, 404, `no API at ${pathname}`);
    if (request.method === "GET")
      return sendJson(response, 200, { root: realRoot, ...(await readServedFiles(repositories)) });
    if (request.method === "PUT") return save(request, response);
    response.setHeader("Allow", "GET, PUT");
    return sendError(response, 405, `${request.method} is not allowed on /api/files`);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      sendError(response, 500, describeError(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** `{changes: {path: text|null}, versions: {path: sha256|null}}`, or why the body is not that. */
function parseSaveRequest(
  value: unknown,
): { changes: FileChanges; versions: FileVersions } | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return 'expected {"changes": {path: text or null}, "versions": {path: version or null}}';
  }
  const { changes, versions } = value as { changes?: unknown; versions?: unknown };
  if (!isRecordOf<string | null>(changes, (v) => typeof v === "string" || v === null)) {
    return '"changes" must map paths to new text, or to null to delete';
  }
  if (
    !isRecordOf<string | null>(
      versions,
      (v) => v === null || (typeof v === "string" && /^[0-9a-f]{64}$/.test(v)),
    )
  ) {
    return '"versions" must map paths to the version read (a SHA-256 in hex), or to null for a new file';
  }
  return { changes, versions };
}

function isRecordOf<T>(value: unknown, check: (v: unknown) => boolean): value is Record<string, T> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(check)
  );
}
