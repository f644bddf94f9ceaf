import { randomBytes } from "node:crypto";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files are hidden, beside their target, and recognisable so listings skip them. */
export const temporaryFilePattern = /^\..+\.[0-9a-f]{12}\.karma-tmp$/;

/** A file's new content written beside it, not yet in place. */
export interface StagedWrite {
  target: string;
  temporary: string;
  /** Moves the new content into place in one step (rename within one folder). */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is untouched. */
  discard(): Promise<void>;
}

/**
 * Writes `text` to a new temporary file in the target's folder and flushes it to disk, so that
 * `commit()` replaces the target atomically: a crash before or during the rename leaves the old
 * file whole. The new file keeps the old one's permissions.
 */
export async function stageWrite(target: string, text: string): Promise<StagedWrite> {
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString("hex")}.karma-tmp`,
  );
  const mode = await stat(target).then(
    (stats) => stats.mode & 0o777,
    () => 0o644,
  );
  const handle = await open(temporary, "wx", mode);
  try {
    await handle.chmod(mode);
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => {});
    throw error;
  }
  await handle.close();
  return {
    target,
    temporary,
    commit: () => rename(temporary, target),
    discard: () => unlink(temporary).catch(() => {}),
  };
}
