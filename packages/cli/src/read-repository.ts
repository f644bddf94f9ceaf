import type { Dirent } from "node:fs";
import { lstat, readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { type FileMap, maxFileBytes, type NotReadPath, tooLargeMessage } from "@karma/core";
import { CliError, usageExitCode } from "./cli-error.ts";
import { decodeRepositoryFile } from "./decode-repository-file.ts";
import { describeFsError } from "./describe-fs-error.ts";

/** The top-level folders of a config repository that Karma reads. */
const karmaRoots = ["account_environments", "iac", ".karma"];
const skippedDirectories = new Set([".git", "node_modules"]);

export interface RepositoryRead {
  /** Repository-relative paths with forward slashes, sorted. */
  files: FileMap;
  /**
   * What exists but was not read: files that could not be (errors), folders that could not be
   * listed (errors), symbolic links, which are never followed (warnings). The rest still loads.
   */
  notRead: NotReadPath[];
}

/**
 * Reads every regular file Karma cares about under `dir`: `account_environments/*.json`,
 * `iac/**` and `.karma/**`. A missing or unreadable `dir` is a usage error (exit 2).
 */
export async function readRepository(dir: string): Promise<RepositoryRead> {
  await assertReadableDirectory(dir);
  const read: Walk = { base: dir, found: [], files: {}, notRead: [] };
  for (const root of karmaRoots) {
    const kind = await entryKind(join(dir, root));
    // an absent root is normal (a repository without custom types has no .karma/)
    if (kind === "directory") await walk(join(dir, root), read);
    else if (kind === "link") read.notRead.push(symbolicLinkEntry(root));
  }
  await readFound(read);
  read.notRead.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: FileMap = {};
  for (const path of Object.keys(read.files).sort()) files[path] = read.files[path]!;
  return { files, notRead: read.notRead };
}

/** `path: message` per entry, for warnings on stderr and the serve API's `problems`. */
export function describeNotRead(notRead: readonly NotReadPath[]): string[] {
  return notRead.map((entry) => `${entry.path}: ${entry.message}`);
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
  notRead: NotReadPath[];
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

async function entryKind(path: string): Promise<"directory" | "link" | "other" | "absent"> {
  try {
    const stats = await lstat(path);
    return stats.isSymbolicLink() ? "link" : stats.isDirectory() ? "directory" : "other";
  } catch {
    return "absent";
  }
}

/** A symbolic link found where Karma reads: listed, never followed (on disk and in git alike). */
export function symbolicLinkEntry(path: string): NotReadPath {
  return {
    path,
    severity: "warning",
    message: "is a symbolic link; Karma does not follow links, so what it points to is not read",
  };
}

async function walk(dir: string, read: Walk): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    read.notRead.push({
      path: `${toRepositoryPath(read.base, dir)}/`,
      severity: "error",
      message: `cannot list this folder: ${describeFsError(error)}`,
    });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const repositoryPath = toRepositoryPath(read.base, path);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) await walk(path, read);
    } else if (entry.isSymbolicLink()) {
      // a link to a folder may hold components, so links count wherever they are
      read.notRead.push(symbolicLinkEntry(repositoryPath));
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
      const path = read.found[next++]!;
      const outcome = await readOne(join(read.base, path));
      if ("text" in outcome) read.files[path] = outcome.text;
      else read.notRead.push({ path, severity: "error", message: outcome.problem });
    }
  };
  await Promise.all(Array.from({ length: parallelReads }, reader));
}

async function readOne(file: string): Promise<{ text: string } | { problem: string }> {
  try {
    // the size first, so a huge file is never loaded into memory
    const { size } = await lstat(file);
    if (size > maxFileBytes) return { problem: tooLargeMessage(size) };
    return decodeRepositoryFile(await readFile(file));
  } catch (error) {
    return { problem: `cannot read: ${describeFsError(error)}` };
  }
}

function toRepositoryPath(base: string, path: string): string {
  return relative(base, path).split(sep).join("/");
}
