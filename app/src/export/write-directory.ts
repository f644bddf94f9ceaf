import type { FileMap } from "@karma/core";

export interface WriteOutcome {
  written: string[];
  /** Files that changed on disk since they were opened: nothing is written when there are any. */
  conflicts: string[];
}

/** Changes to write into one folder (a repository of the workspace). */
export interface FolderWrite {
  root: FileSystemDirectoryHandle;
  /** Path inside the folder → new text, or null to delete the file. */
  changes: Record<string, string | null>;
  /** The changed paths' text as opened. */
  baseline: FileMap;
  /** How a path of this folder is named to people (beside other repositories: `<name>/<path>`). */
  name?: (path: string) => string;
}

/**
 * Writes changed files back into their folders (the opened one, and those of other repositories
 * of the workspace). Refuses (writing nothing in any folder) when any of those files changed on
 * disk since it was read, so no one else's work is overwritten.
 */
export async function writeDirectories(writes: readonly FolderWrite[]): Promise<WriteOutcome> {
  const same = (path: string) => path;
  const conflicts: string[] = [];
  for (const { root, changes, baseline, name = same } of writes) {
    for (const path of Object.keys(changes)) {
      const onDisk = await readIfExists(root, path);
      const opened = Object.hasOwn(baseline, path) ? baseline[path] : undefined;
      if (onDisk !== opened) conflicts.push(name(path));
    }
  }
  if (conflicts.length > 0) return { written: [], conflicts };
  const written: string[] = [];
  for (const { root, changes, name = same } of writes) {
    await writeChanges(root, changes);
    written.push(...Object.keys(changes).map(name));
  }
  return { written, conflicts: [] };
}

async function writeChanges(
  root: FileSystemDirectoryHandle,
  changes: Record<string, string | null>,
): Promise<void> {
  for (const path of Object.keys(changes)) {
    const text = changes[path] ?? null;
    const { directory, name } = await parentOf(root, path, text !== null);
    if (text === null) {
      if (directory) await directory.removeEntry(name);
      continue;
    }
    const file = await directory!.getFileHandle(name, { create: true });
    const writable = await file.createWritable();
    await writable.write(text);
    await writable.close();
  }
}

async function parentOf(
  root: FileSystemDirectoryHandle,
  path: string,
  create: boolean,
): Promise<{ directory: FileSystemDirectoryHandle | null; name: string }> {
  const parts = path.split("/");
  const name = parts.pop()!;
  let directory: FileSystemDirectoryHandle | null = root;
  for (const part of parts) {
    try {
      directory = await directory.getDirectoryHandle(part, { create });
    } catch (error) {
      if (!create && error instanceof DOMException && error.name === "NotFoundError") {
        return { directory: null, name };
      }
      throw error;
    }
  }
  return { directory, name };
}

async function readIfExists(
  root: FileSystemDirectoryHandle,
  path: string,
): Promise<string | undefined> {
  const { directory, name } = await parentOf(root, path, false);
  if (!directory) return undefined;
  try {
    return await (await directory.getFileHandle(name)).getFile().then((file) => file.text());
  } catch (error) {
    if (error instanceof DOMException && error.name === "NotFoundError") return undefined;
    throw error;
  }
}
