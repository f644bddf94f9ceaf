import { lstat, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { isRepositoryFile } from "../read-repository.ts";

/**
 * Why a repository-relative path from a client is refused, or null when it is acceptable:
 * forward slashes only, no absolute or drive paths, no `.`/`..`/empty segments, no NUL, and
 * only files that `readRepository` reads.
 */
export function repositoryPathError(path: string): string | null {
  if (path === "") return "the path is empty";
  if (path.includes("\0")) return "the path contains a NUL character";
  if (path.includes("\\")) return "the path contains a backslash; use forward slashes";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "the path is absolute";
  const segments = path.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    return "the path has an empty, '.' or '..' segment";
  }
  if (!isRepositoryFile(path)) {
    return "not a file Karma reads (account_environments/*.json, iac/**, .karma/**)";
  }
  return null;
}

/** True when `path` (already real) is `root` or below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export type ResolvedPath =
  | { ok: true; absolute: string; exists: boolean }
  | { ok: false; message: string };

/**
 * The absolute path of a checked repository path under `realRoot`, refusing a target that is a
 * symbolic link or not a regular file, any path whose deepest existing folder resolves (through
 * symbolic links) outside the root or nowhere, and any path the file system refuses (too long).
 */
export async function resolveRepositoryPath(realRoot: string, path: string): Promise<ResolvedPath> {
  const error = repositoryPathError(path);
  if (error) return { ok: false, message: error };
  try {
    return await resolveOnDisk(realRoot, join(realRoot, ...path.split("/")));
  } catch (error) {
    const message = refusedByFileSystem(error);
    if (message === null) throw error;
    return { ok: false, message };
  }
}

/**
 * Why the file system refuses a path, in words that name no path on the server, or null when
 * the error is not about the path.
 */
export function refusedByFileSystem(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENAMETOOLONG") return "the path or a name in it is too long for the file system";
  if (code === "ELOOP") return "the path goes through a loop of symbolic links";
  return null;
}

async function resolveOnDisk(realRoot: string, absolute: string): Promise<ResolvedPath> {
  const target = await lstatOrNull(absolute);
  if (target?.isSymbolicLink()) return { ok: false, message: "the file is a symbolic link" };
  if (target && !target.isFile()) return { ok: false, message: "not a regular file" };

  let folder = dirname(absolute);
  while (!(await lstatOrNull(folder))) folder = dirname(folder);
  const realFolder = await realpathOrNull(folder);
  if (realFolder === null) {
    return { ok: false, message: "the path goes through a symbolic link to nothing" };
  }
  if (!isInside(realRoot, realFolder)) {
    return { ok: false, message: "the path leads outside the repository through a symbolic link" };
  }
  if (!(await lstatOrNull(realFolder))?.isDirectory()) {
    return { ok: false, message: "a parent of the path is not a folder" };
  }
  return {
    ok: true,
    absolute: join(realFolder, relative(folder, absolute)),
    exists: target !== null,
  };
}

async function lstatOrNull(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}

/** The real path, or null when a symbolic link in it leads nowhere. */
async function realpathOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
