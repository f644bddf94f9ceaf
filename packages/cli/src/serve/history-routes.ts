import type { IncomingMessage, ServerResponse } from "node:http";
import { classifyPath, componentId } from "@karma/core";
import { CliError } from "../cli-error.ts";
import { logToJson } from "../format-log-json.ts";
import { queryLog } from "../log-query.ts";
import { readGitHistory } from "../read-git-history.ts";
import { readGitRef } from "../read-git-ref.ts";
import { describeNotRead } from "../read-repository.ts";
import { gitRefError } from "./git-ref-error.ts";
import { sendError, sendJson } from "./http-json.ts";
import { versionOf } from "./repository-files.ts";

/** The read-only API over the served repository's git history (SERVE-API.md). */
export const historyPaths = new Set(["/api/log", "/api/files-at"]);

/** Answers `GET /api/log` and `GET /api/files-at`; git is only read, never written. */
export async function serveHistory(
  realRoot: string,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  if (request.method !== "GET") {
    response.setHeader("Allow", "GET");
    return sendError(response, 405, `${request.method} is not allowed on ${url.pathname}`);
  }
  const params = singleParams(url.searchParams);
  if (typeof params === "string") return sendError(response, 400, params);
  try {
    if (url.pathname === "/api/log") return await serveLog(realRoot, response, params);
    return await serveFilesAt(realRoot, response, params);
  } catch (error) {
    // git could not answer: not a git repository, no commits, no such commit
    if (error instanceof CliError) return sendError(response, 404, error.message);
    throw error;
  }
}

async function serveLog(
  realRoot: string,
  response: ServerResponse,
  params: Map<string, string>,
): Promise<void> {
  const limit = params.get("limit");
  if (limit !== undefined && !/^[1-9]\d{0,5}$/.test(limit)) {
    return sendError(response, 400, `limit must be a whole number from 1, not "${limit}"`);
  }
  const target = componentOf(params);
  if (typeof target === "string") return sendError(response, 400, target);
  const result = queryLog(await readGitHistory(realRoot), {
    ...target,
    limit: limit === undefined ? undefined : Number(limit),
    envOption: "env=<env>",
  });
  if ("refused" in result) {
    return sendError(response, result.refused === "usage" ? 400 : 404, result.message);
  }
  return sendJson(response, 200, logToJson(result));
}

/** The component and environment asked for: `component` and `env`, or a config file's `path`. */
function componentOf(
  params: Map<string, string>,
): { component?: string | undefined; env?: string | undefined } | string {
  const path = params.get("path");
  const env = params.get("env");
  if (path === undefined) return { component: params.get("component"), env };
  if (params.has("component")) return "give component or path, not both";
  const where = classifyPath(path);
  if (where.kind !== "component") {
    return `path must be a component's iac/<env>/<type>/<nickname>/config.json, not "${path}"`;
  }
  if (env !== undefined && env !== where.env) {
    return `path is in the environment "${where.env}", not "${env}"`;
  }
  return { component: componentId(where.type, where.nickname), env: where.env };
}

async function serveFilesAt(
  realRoot: string,
  response: ServerResponse,
  params: Map<string, string>,
): Promise<void> {
  const ref = params.get("ref");
  if (ref === undefined) return sendError(response, 400, "missing ref (a commit, branch or tag)");
  const refused = gitRefError(ref);
  if (refused) return sendError(response, 400, refused);
  const read = await readGitRef(realRoot, ref);
  const versions: Record<string, string> = {};
  // the texts are the blobs' bytes decoded strictly: the same bytes again as UTF-8
  for (const [path, text] of Object.entries(read.files)) versions[path] = versionOf(text);
  return sendJson(response, 200, {
    root: realRoot,
    ref,
    commit: read.commit,
    files: read.files,
    versions,
    problems: describeNotRead(read.notRead),
  });
}

/** The query's parameters, or why not: each may be given once. */
function singleParams(search: URLSearchParams): Map<string, string> | string {
  const params = new Map<string, string>();
  for (const [name, value] of search) {
    if (params.has(name)) return `${name} is given more than once`;
    params.set(name, value);
  }
  return params;
}
