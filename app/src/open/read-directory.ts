import { entriesOf } from "./file-system-access.ts";
import { type OpenedFiles, readRepositoryFile } from "./read-repository-file.ts";
import { shouldDescend } from "./repository-paths.ts";

/** Reads the config parts of a picked folder (iac/, account_environments/, .karma/). */
export async function readDirectory(directory: FileSystemDirectoryHandle): Promise<OpenedFiles> {
  const opened: OpenedFiles = { files: {}, notRead: [] };
  const reads: Promise<void>[] = [];
  async function walk(handle: FileSystemDirectoryHandle, prefix: string, depth: number) {
    for await (const entry of entriesOf(handle)) {
      const path = `${prefix}${entry.name}`;
      if (entry.kind === "directory") {
        if (shouldDescend(entry.name, depth)) {
          await walk(entry as FileSystemDirectoryHandle, `${path}/`, depth + 1);
        }
      } else if (depth > 0) {
        reads.push(
          (entry as FileSystemFileHandle)
            .getFile()
            .then((file) => readRepositoryFile(path, file, opened)),
        );
      }
    }
  }
  await walk(directory, "", 0);
  await Promise.all(reads);
  return opened;
}
