import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { FileMap } from "@karma/core";
import { CliError, usageExitCode } from "./cli-error.ts";
import { describeFsError } from "./describe-fs-error.ts";

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
  await assertReadableDirectory(dir);
  const read: Walk = { base: dir, found: [], files: {}, problems: [] };
  for (const root of karmaRoots) {
    // an absent root is normal (a repository without custom types has no .karma/)
    if (!(await isDirectory(join(dir, root)))) continue;
    await walk(join(dir, root), read);
  }
  await readFound(read);
  read.problems.sort();
  const files: FileMap = {};
  for (const path of Object.keys(read.files).sort()) files[path] = read.files[path]!;
  return { files, problems: read.problems };
}

/**
 * Whether Karma reads the file at a repository path (forward slashes): the one filter for a
 * folder on disk and for a git ref.
 */
export function isRepositoryFile(path: string): boolean {
  const parts = path.split("/");
  if (parts.length < 2 || !karmaRoots.includes(parts[0]!)) return false;
  if (parts.slice(0, -1).some((part) => skippedDirectories.has(part))) return false;
  return parts[0] !== "account_environments" || path.endsWith(".json");
}

interface Walk {
  base: string;
  /** Repository paths of the files to read, found by the walk. */
  found: string[];
  files: FileMap;
  problems: string[];
}

async function assertReadableDirectory(dir: string): Promise<void> {
  try {
    await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") {
      throw new CliError(`${dir} is not a directory`, usageExitCode);
    }
    throw new CliError(`cannot read ${dir}: ${describeFsError(error)}`, usageExitCode);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function walk(dir: string, read: Walk): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    read.problems.push(
      `cannot read ${toRepositoryPath(read.base, dir)}/: ${describeFsError(error)}`,
    );
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const repositoryPath = toRepositoryPath(read.base, path);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) await walk(path, read);
    } else if (entry.isFile() && isRepositoryFile(repositoryPath)) {
      read.found.push(repositoryPath);
    }
  }
}

/** Enough reads in flight to keep the disk busy, few enough to stay far from the open-file limit. */
const parallelReads = 64;

async function readFound(read: Walk): Promise<void> {
  let next = 0;
  const reader = async () => {
    while (next < read.found.length) {
      const repositoryPath = read.found[next++]!;
      try {
        read.files[repositoryPath] = await readFile(join(read.base, repositoryPath), "utf8");
      } catch (error) {
        read.problems.push(`cannot read ${repositoryPath}: ${describeFsError(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallelReads }, reader));
}

function toRepositoryPath(base: string, path: string): string {
  return relative(base, path).split(sep).join("/");
}
