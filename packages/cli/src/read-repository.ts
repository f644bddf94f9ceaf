import { type Dirent, lstatSync, readdirSync, readFileSync } from "node:fs";
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
 *
 * The calls are synchronous: for thousands of small files they take a fraction of the time of
 * the promise API's round trips through the thread pool, and every caller waits for the whole
 * repository anyway.
 */
export async function readRepository(dir: string): Promise<RepositoryRead> {
  assertReadableDirectory(dir);
  const read: Walk = { base: dir, files: {}, notRead: [] };
  for (const root of karmaRoots) {
    const kind = entryKind(join(dir, root));
    // an absent root is normal (a repository without custom types has no .karma/)
    if (kind === "directory") walk(join(dir, root), read);
    else if (kind === "link") read.notRead.push(symbolicLinkEntry(root));
  }
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
  files: FileMap;
  notRead: NotReadPath[];
}

function assertReadableDirectory(dir: string): void {
  try {
    readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") {
      throw new CliError(`${dir} is not a directory`, usageExitCode);
    }
    throw new CliError(`cannot read ${dir}: ${describeFsError(error)}`, usageExitCode);
  }
}

function entryKind(path: string): "directory" | "link" | "other" | "absent" {
  try {
    const stats = lstatSync(path);
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

function walk(dir: string, read: Walk): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
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
      if (!skippedDirectories.has(entry.name)) walk(path, read);
    } else if (entry.isSymbolicLink()) {
      // a link to a folder may hold components, so links count wherever they are
      read.notRead.push(symbolicLinkEntry(repositoryPath));
    } else if (entry.isFile() && isRepositoryFile(repositoryPath)) {
      const outcome = readOne(path);
      if ("text" in outcome) read.files[repositoryPath] = outcome.text;
      else read.notRead.push({ path: repositoryPath, severity: "error", message: outcome.problem });
    }
  }
}

function readOne(file: string): { text: string } | { problem: string } {
  try {
    // the size first, so a huge file is never loaded into memory
    const { size } = lstatSync(file);
    if (size > maxFileBytes) return { problem: tooLargeMessage(size) };
    return decodeRepositoryFile(readFileSync(file));
  } catch (error) {
    return { problem: `cannot read: ${describeFsError(error)}` };
  }
}

function toRepositoryPath(base: string, path: string): string {
  return relative(base, path).split(sep).join("/");
}
