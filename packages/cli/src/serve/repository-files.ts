import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { type FileMap, prefixFiles } from "@karma/core";
import { decodeRepositoryFile } from "../decode-repository-file.ts";
import { describeNotRead, readRepository } from "../read-repository.ts";
import { temporaryFilePattern } from "./atomic-write.ts";
import { describeError } from "./describe-error.ts";
import type { ServedRepository } from "./served-repositories.ts";

/**
 * The version of a file: the SHA-256 of its bytes, in hex. Text is hashed as the UTF-8 bytes it
 * is saved as, so a file's version is also the version of its text.
 */
export function versionOf(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

export interface RepositoryFiles {
  files: FileMap;
  versions: Record<string, string>;
  /** `path: why` for what exists but was not read: errors, symbolic links (never followed). */
  problems: string[];
}

/** Enough reads in flight to keep the disk busy, few enough to stay far from the open-file limit. */
const parallelReads = 64;

/**
 * The files `karma validate` would read, each with its version (the server's own temporary
 * files left out). Each file's bytes are read again here, and its text and version both come
 * from those bytes: a file changed between two reads could otherwise pair old text with the
 * new version, and a save based on it would overwrite the change.
 */
export async function readRepositoryFiles(realRoot: string): Promise<RepositoryFiles> {
  const walked = await readRepository(realRoot);
  const problems = describeNotRead(walked.notRead);
  const paths = Object.keys(walked.files).filter(
    (path) => !temporaryFilePattern.test(basename(path)),
  );
  const read = new Map<string, { text: string; version: string }>();
  let next = 0;
  const reader = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const outcome = await readOne(join(realRoot, path));
      if (typeof outcome === "string") problems.push(`${path}: ${outcome}`);
      else if (outcome !== null) read.set(path, outcome);
    }
  };
  await Promise.all(Array.from({ length: parallelReads }, reader));

  const files: FileMap = {};
  const versions: Record<string, string> = {};
  for (const path of paths) {
    const file = read.get(path);
    if (file === undefined) continue;
    files[path] = file.text;
    versions[path] = file.version;
  }
  return { files, versions, problems: problems.sort() };
}

/** A file's text and version, null when it is gone since the walk, or why it cannot be read. */
async function readOne(file: string): Promise<{ text: string; version: string } | string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    return `cannot read: ${describeError(error)}`;
  }
  const decoded = decodeRepositoryFile(bytes);
  return "text" in decoded ? { text: decoded.text, version: versionOf(bytes) } : decoded.problem;
}

/**
 * The files of every served repository in one map (the first's paths as they are, another's
 * under its prefix), and each repository's name and folder, the first first.
 */
export async function readServedFiles(
  repositories: readonly ServedRepository[],
): Promise<RepositoryFiles & { repositories: { name: string; root: string }[] }> {
  const files: FileMap = {};
  const versions: Record<string, string> = {};
  const problems: string[] = [];
  // one repository at a time: each reads many files at once already
  for (const { name, realRoot, prefix } of repositories) {
    const own = await readRepositoryFiles(realRoot);
    const other = prefix === "" ? null : name;
    Object.assign(files, prefixFiles(other, own.files));
    Object.assign(versions, prefixFiles(other, own.versions));
    problems.push(...own.problems.map((problem) => `${prefix}${problem}`));
  }
  const named = repositories.map(({ name, realRoot }) => ({ name, root: realRoot }));
  return { files, versions, problems, repositories: named };
}
