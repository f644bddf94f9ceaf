import { createHash } from "node:crypto";
import { realpath } from "node:fs/promises";
import { basename, join } from "node:path";
import type { FileMap } from "@karma/core";
import { readRepository } from "../read-repository.ts";
import { temporaryFilePattern } from "./atomic-write.ts";
import { isInside } from "./repository-path.ts";

/** The version of a file a client read: the SHA-256 of its text, in hex. */
export function versionOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export interface RepositoryFiles {
  files: FileMap;
  versions: Record<string, string>;
  /** Files that could not be read or were left out (symbolic links leading outside). */
  problems: string[];
}

/**
 * The files `karma validate` would read, each with its version, leaving out any that resolve
 * outside the root through a symbolic link and the server's own temporary files.
 */
export async function readRepositoryFiles(realRoot: string): Promise<RepositoryFiles> {
  const { files: all, problems } = await readRepository(realRoot);
  const files: FileMap = {};
  const versions: Record<string, string> = {};
  for (const [path, text] of Object.entries(all)) {
    if (temporaryFilePattern.test(basename(path))) continue;
    const real = await realpath(join(realRoot, path)).catch(() => null);
    if (real === null || !isInside(realRoot, real)) {
      problems.push(`left out ${path}: it leads outside the repository through a symbolic link`);
      continue;
    }
    files[path] = text;
    versions[path] = versionOf(text);
  }
  return { files, versions, problems };
}
