import type { IncomingMessage, ServerResponse } from "node:http";
import { currentVersion } from "./apply-changes.ts";
import { commitAcross, named, type RepositoryPaths } from "./commit-across.ts";
import { commitFiles, GitRefusal, gitStatus } from "./git-commit.ts";
import { readJsonBody, sendError, sendJson } from "./http-json.ts";
import { resolveWorkspacePath, type ServedRepository } from "./served-repositories.ts";

export const commitPath = "/api/commit";

/** Longer messages are refused: a commit message is a few lines. */
const maxMessageLength = 20_000;

/**
 * The files this server saved (by their paths in the workspace's map) and the version each was
 * saved at (null: deleted), until they are committed: only these may be committed, and only as
 * they were saved.
 */
export type SavedVersions = Map<string, string | null>;

export interface CommitRouteOptions {
  /** The first repository first; each commits in its own git repository. */
  repositories: readonly ServedRepository[];
  saved: SavedVersions;
  bodyTimeoutMs: number;
  /** Runs the commit between saves, never during one. */
  oneAtATime: <T>(task: () => Promise<T>) => Promise<T>;
}

/**
 * `GET /api/commit`: the branch and what is staged. `POST /api/commit` `{message, paths}`:
 * commits exactly those saved files on the current branch (SERVE-API.md). Never pushes.
 */
export async function serveCommit(
  options: CommitRouteOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    if (request.method === "GET")
      return sendJson(response, 200, await status(options.repositories));
    if (request.method === "POST") return await commit(options, request, response);
  } catch (error) {
    if (error instanceof GitRefusal) {
      return sendError(response, error.status, error.message, error.details);
    }
    throw error;
  }
  response.setHeader("Allow", "GET, POST");
  return sendError(response, 405, `${request.method} is not allowed on ${commitPath}`);
}

/** The first repository's branch and staged changes; with others, each one's too. */
async function status(repositories: readonly ServedRepository[]): Promise<object> {
  const [first, ...others] = repositories;
  if (others.length === 0) return gitStatus(first!.realRoot);
  const each = [];
  for (const repository of repositories) {
    const { branch, staged } = await named(repository, () =>
      gitStatus(repository.realRoot, repository.prefix),
    );
    each.push({ name: repository.name, branch, staged });
  }
  return { branch: each[0]!.branch, staged: each[0]!.staged, repositories: each };
}

async function commit(
  { repositories, saved, bodyTimeoutMs, oneAtATime }: CommitRouteOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = await readJsonBody(request, bodyTimeoutMs);
  if (!body.ok) {
    if (!request.complete) response.setHeader("Connection", "close");
    return sendError(response, body.status, body.message);
  }
  const parsed = parseCommitRequest(body.value);
  if (typeof parsed === "string") return sendError(response, 400, parsed);
  const { message, paths } = parsed;

  const refused: { path: string; message: string }[] = [];
  const targets = new Map<string, string>();
  // each repository's paths, inside its folder, in the order of the repositories
  const inside = new Map<ServedRepository, string[]>(repositories.map((each) => [each, []]));
  for (const path of paths) {
    const resolved = await resolveWorkspacePath(repositories, path);
    if (!resolved.ok) refused.push({ path, message: resolved.message });
    else if (!saved.has(path)) {
      refused.push({ path, message: "not saved by this karma serve since it was last committed" });
    } else {
      targets.set(path, resolved.absolute);
      inside.get(resolved.repository)!.push(resolved.inside);
    }
  }
  if (refused.length > 0) {
    const list = refused.map(({ path, message }) => `${path} (${message})`).join(", ");
    return sendError(response, 400, `refused: ${list}. Nothing was committed.`, {
      paths: refused,
    });
  }

  return oneAtATime(async () => {
    // exactly what was saved: a file changed since (in another editor) is not committed
    const changed: string[] = [];
    for (const [path, target] of targets) {
      if ((await currentVersion(target)) !== saved.get(path)) changed.push(path);
    }
    if (changed.length > 0) {
      return sendError(
        response,
        409,
        `changed on disk since it was saved: ${changed.join(", ")}. Nothing was committed.`,
        { changed },
      );
    }
    const groups = [...inside]
      .filter(([, own]) => own.length > 0)
      .map(([repository, own]) => ({ repository, paths: own }));
    const forget = ({ repository, paths: own }: RepositoryPaths) => {
      for (const path of own) saved.delete(`${repository.prefix}${path}`);
    };
    if (repositories.length === 1) {
      const done = await commitFiles(repositories[0]!.realRoot, paths, message);
      forget(groups[0]!);
      return sendJson(response, 200, done);
    }
    // among several repositories, a refusal says which
    const commits = await commitAcross(groups, message, forget);
    const { commit, branch } = commits[0]!;
    // a commit in one repository is answered as it always was
    if (commits.length === 1)
      return sendJson(response, 200, { commit, branch, paths: commits[0]!.paths });
    // the first commit at the top, as for one repository, with every path committed
    const all = commits.flatMap((each) => each.paths);
    return sendJson(response, 200, { commits, commit, branch, paths: all });
  });
}

/** `{"message": text, "paths": [path, …]}`, or why the body is not that. */
function parseCommitRequest(value: unknown): { message: string; paths: string[] } | string {
  const shape = 'expected {"message": "<commit message>", "paths": ["<saved path>", …]}';
  if (typeof value !== "object" || value === null || Array.isArray(value)) return shape;
  const { message, paths } = value as { message?: unknown; paths?: unknown };
  if (typeof message !== "string") return `"message" must be text; ${shape}`;
  if (message.trim() === "") return "the commit message is empty";
  if (message.length > maxMessageLength) {
    return `the commit message is longer than ${maxMessageLength} characters`;
  }
  if (message.includes("\0")) return "the commit message contains a NUL character";
  if (!Array.isArray(paths) || !paths.every((path) => typeof path === "string")) {
    return `"paths" must be a list of paths; ${shape}`;
  }
  if (paths.length === 0) return "no paths to commit";
  if (new Set(paths).size !== paths.length) return "a path is given more than once";
  return { message, paths };
}
