import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { FileMap, NotReadPath } from "@karma/core";
import type { CliIo } from "./cli-io.ts";
import { readGitRef } from "./read-git-ref.ts";
import { readRepository } from "./read-repository.ts";

export interface PlanBase {
  files: FileMap;
  /** What the base holds that was not read: what it holds is unknown to the plan. */
  notRead: NotReadPath[];
  /** The commit a git ref resolved to; null when the base is a folder. */
  commit: string | null;
}

/**
 * The repository as it is deployed now: `base` is a folder when one exists at that path
 * (relative to the working directory), else a git ref of the git repository holding `dir`.
 */
export async function readPlanBase(base: string, dir: string, io: CliIo): Promise<PlanBase> {
  const folder = resolve(io.cwd, base);
  const read = (await isDirectory(folder))
    ? { ...(await readRepository(folder)), commit: null }
    : await readGitRef(dir, base);
  for (const entry of read.notRead) {
    io.stderr.write(`karma: ${entry.severity}: base: ${entry.path}: ${entry.message}\n`);
  }
  if (Object.keys(read.files).length === 0 && read.notRead.length === 0) {
    io.stderr.write(
      `karma: warning: the base ${base} has no account_environments/, iac/ or .karma/ files; ` +
        "every component is planned as new\n",
    );
  }
  return { files: read.files, notRead: read.notRead, commit: read.commit };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
