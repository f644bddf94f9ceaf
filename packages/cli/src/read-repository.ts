import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { FileMap } from "@karma/core";
import { CliError, usageExitCode } from "./cli-error.ts";

/** The top-level folders of a config repository that Karma reads. */
const karmaRoots = ["account_environments", "iac", ".karma"];
const skippedDirectories = new Set([".git", "node_modules"]);

export interface RepositoryRead {
  /** Repository-relative paths with forward slashes, sorted. */
  files: FileMap;
  /** Files or folders that could not be read; the rest still loads. */
  problems: string[];
}

/**
 * Reads every regular file Karma cares about under `dir`: `account_environments/*.json`,
 * `iac/**` and `.karma/**`. A missing or unreadable `dir` is a usage error (exit 2).
 */
export async function readRepository(dir: string): Promise<RepositoryRead> {
  await assertDirectory(dir);
  const files: FileMap = {};
  const problems: string[] = [];
  for (const root of karmaRoots) {
    await walk(dir, join(dir, root), files, problems, root === "account_environments");
  }
  const sorted: FileMap = {};
  for (const path of Object.keys(files).sort()) sorted[path] = files[path]!;
  return { files: sorted, problems };
}

async function assertDirectory(dir: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch (error) {
    throw new CliError(`cannot read ${dir}: ${describeFsError(error)}`, usageExitCode);
  }
  if (!isDirectory) throw new CliError(`${dir} is not a directory`, usageExitCode);
}

async function walk(
  base: string,
  dir: string,
  files: FileMap,
  problems: string[],
  jsonOnly: boolean,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    // an absent root is normal (a repository without custom types has no .karma/)
    if (isNotFound(error) && relative(base, dir).split(sep).length === 1) return;
    problems.push(`cannot read ${toRepositoryPath(base, dir)}/: ${describeFsError(error)}`);
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) await walk(base, path, files, problems, jsonOnly);
    } else if (entry.isFile() && (!jsonOnly || entry.name.endsWith(".json"))) {
      try {
        files[toRepositoryPath(base, path)] = await readFile(path, "utf8");
      } catch (error) {
        problems.push(`cannot read ${toRepositoryPath(base, path)}: ${describeFsError(error)}`);
      }
    }
  }
}

function toRepositoryPath(base: string, path: string): string {
  return relative(base, path).split(sep).join("/");
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

const fsErrorMessages: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
};

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && fsErrorMessages[code]) return fsErrorMessages[code];
  return error instanceof Error ? error.message : String(error);
}
