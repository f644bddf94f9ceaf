import type { Dirent } from "node:fs";
import { lstat, readdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import { temporaryFilePattern } from "./atomic-write.ts";

/** The folders Karma reads and saves into; temporary files are only ever written there. */
const karmaRoots = ["account_environments", "iac", ".karma"];

/**
 * Removes the temporary files a crashed save left beside their targets: only regular files
 * named by this server's pattern, under the Karma folders, never through a symbolic link.
 * A folder or file that cannot be listed or removed is left as it is.
 */
export async function removeLeftovers(realRoot: string): Promise<void> {
  for (const root of karmaRoots) {
    const folder = join(realRoot, root);
    const stats = await lstat(folder).catch(() => null);
    if (stats?.isDirectory()) await removeIn(folder);
  }
}

async function removeIn(folder: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await removeIn(path);
    else if (entry.isFile() && temporaryFilePattern.test(entry.name)) {
      await unlink(path).catch(() => {});
    }
  }
}
