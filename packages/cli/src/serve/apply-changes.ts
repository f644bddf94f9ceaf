import { mkdir, readFile, rmdir, unlink } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { type StagedWrite, stageWrite } from "./atomic-write.ts";
import { describeError } from "./describe-error.ts";
import { versionOf } from "./repository-files.ts";
import { isInside, refusedByFileSystem } from "./repository-path.ts";
import { resolveWorkspacePath, type ServedRepository } from "./served-repositories.ts";

/** Path → new text, or null to delete the file. */
export type FileChanges = Record<string, string | null>;
/** Path → the version the client read, or null when it read no such file. */
export type FileVersions = Record<string, string | null>;

export interface Conflict {
  path: string;
  /** The version the client read. */
  expected: string | null;
  /** The version on disk now (null: no such file). */
  actual: string | null;
}

export type ApplyResult =
  | { kind: "saved"; versions: FileVersions }
  | { kind: "invalid"; paths: { path: string; message: string }[] }
  | { kind: "conflict"; conflicts: Conflict[] };

export interface ApplyHooks {
  /** Runs once every new content is on disk beside its target and before any is moved in place. */
  beforeCommit?: () => Promise<void>;
}

/** Where a changed path is saved: the file on disk and the real folder of its repository. */
interface Target {
  absolute: string;
  realRoot: string;
}

/**
 * Saves a client's changes, all or none as far as the file system allows: every path (of every
 * served repository) is checked and every file compared with the version the client read
 * before anything is written; new contents are written beside their targets, compared once
 * more, then renamed into place.
 */
export async function applyChanges(
  repositories: readonly ServedRepository[],
  changes: FileChanges,
  versions: FileVersions,
  hooks: ApplyHooks = {},
): Promise<ApplyResult> {
  const paths = Object.keys(changes).sort();
  const targets = new Map<string, Target>();
  const invalid: { path: string; message: string }[] = [];
  for (const path of paths) {
    const resolved = await resolveWorkspacePath(repositories, path);
    if (!resolved.ok) invalid.push({ path, message: resolved.message });
    else if (versions[path] === undefined) {
      invalid.push({ path, message: "no version: send the version read, or null for a new file" });
    } else
      targets.set(path, { absolute: resolved.absolute, realRoot: resolved.repository.realRoot });
  }
  if (invalid.length > 0) return { kind: "invalid", paths: invalid };

  const conflicts = await findConflicts(targets, versions);
  if (conflicts.length > 0) return { kind: "conflict", conflicts };

  const staged: StagedWrite[] = [];
  // folders this save made for new files, removed again (when empty) if the save fails
  const created: string[] = [];
  const undo = async () => {
    await Promise.all(staged.map((write) => write.discard()));
    await removeEmptyFolders(created);
  };
  try {
    for (const [path, { absolute, realRoot }] of targets) {
      const text = changes[path];
      if (text === null || text === undefined) continue;
      try {
        await makeFolders(realRoot, dirname(absolute), created);
        staged.push(await stageWrite(absolute, text));
      } catch (error) {
        const message = refusedByFileSystem(error);
        if (message === null) throw error;
        await undo();
        return { kind: "invalid", paths: [{ path, message }] };
      }
    }
    await hooks.beforeCommit?.();
    const late = await findConflicts(targets, versions);
    if (late.length > 0) {
      await undo();
      return { kind: "conflict", conflicts: late };
    }
  } catch (error) {
    await undo();
    throw error;
  }

  const saved: FileVersions = {};
  for (const [path, { absolute, realRoot }] of targets) {
    const text = changes[path] ?? null;
    try {
      if (text === null) await deleteFile(realRoot, absolute);
      else await staged.find((write) => write.target === absolute)!.commit();
    } catch (error) {
      await undo();
      const done = Object.keys(saved);
      throw new Error(
        `saving ${path} failed (${describeError(error)}) after ${done.length > 0 ? done.join(", ") : "no file"} was saved`,
      );
    }
    saved[path] = text === null ? null : versionOf(text);
  }
  return { kind: "saved", versions: saved };
}

async function findConflicts(
  targets: Map<string, Target>,
  versions: FileVersions,
): Promise<Conflict[]> {
  const conflicts: Conflict[] = [];
  for (const [path, { absolute }] of targets) {
    const actual = await currentVersion(absolute);
    const expected = versions[path] ?? null;
    if (actual !== expected) conflicts.push({ path, expected, actual });
  }
  return conflicts;
}

/** The version of the file at `target` on disk now; null when there is none. */
export async function currentVersion(target: string): Promise<string | null> {
  try {
    return versionOf(await readFile(target));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Makes the missing folders from the root down to `folder` one at a time, so that `created`
 * holds exactly the ones this save made, even when making a later one fails.
 */
async function makeFolders(realRoot: string, folder: string, created: string[]): Promise<void> {
  let path = realRoot;
  for (const name of relative(realRoot, folder).split(sep)) {
    path = join(path, name);
    try {
      await mkdir(path);
      created.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/** Removes the given folders, deepest first, each only if it is empty. */
async function removeEmptyFolders(folders: string[]): Promise<void> {
  for (const folder of [...folders].reverse()) await rmdir(folder).catch(() => {});
}

/** Deletes a file and the folders it leaves empty, up to the repository's top-level folder. */
async function deleteFile(realRoot: string, target: string): Promise<void> {
  await unlink(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  for (let folder = dirname(target); ; folder = dirname(folder)) {
    const parent = dirname(folder);
    if (parent === realRoot || !isInside(realRoot, parent)) return;
    try {
      await rmdir(folder);
    } catch {
      return;
    }
  }
}
