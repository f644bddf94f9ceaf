import type { FileMap } from "@karma/core";

export interface WriteOutcome {
  written: string[];
  /** Files that changed on disk since they were opened: nothing is written when there are any. */
  conflicts: string[];
}

/**
 * Writes changed files back into the opened folder. Refuses (writing nothing) when any of
 * those files changed on disk since it was read, so no one else's work is overwritten.
 */
export async function writeDirectory(
  root: FileSystemDirectoryHandle,
  changes: Record<string, string | null>,
  baseline: FileMap,
): Promise<WriteOutcome> {
  const paths = Object.keys(changes);
  const conflicts: string[] = [];
  for (const path of paths) {
    const onDisk = await readIfExists(root, path);
    const opened = Object.hasOwn(baseline, path) ? baseline[path] : undefined;
    if (onDisk !== opened) conflicts.push(path);
  }
  if (conflicts.length > 0) return { written: [], conflicts };

  for (const path of paths) {
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
  return { written: paths, conflicts: [] };
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
