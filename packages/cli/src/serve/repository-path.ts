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
 * symbolic link or not a regular file, and any path whose deepest existing folder resolves
 * (through symbolic links) outside the root.
 */
export async function resolveRepositoryPath(realRoot: string, path: string): Promise<ResolvedPath> {
  const error = repositoryPathError(path);
  if (error) return { ok: false, message: error };
  const absolute = join(realRoot, ...path.split("/"));
  const target = await lstatOrNull(absolute);
  if (target?.isSymbolicLink()) return { ok: false, message: "the file is a symbolic link" };
  if (target && !target.isFile()) return { ok: false, message: "not a regular file" };

  let folder = dirname(absolute);
  while (!(await lstatOrNull(folder))) folder = dirname(folder);
  const realFolder = await realpath(folder);
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
