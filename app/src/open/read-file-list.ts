import { type OpenedFiles, readRepositoryFile } from "./read-repository-file.ts";
import { isRepositoryPath, stripCommonRoot } from "./repository-paths.ts";

/** Reads the files of a folder input (`webkitdirectory`), paths relative to the folder. */
export async function readFileList(all: readonly File[]): Promise<OpenedFiles> {
  const toRoot = stripCommonRoot(all.map((file) => file.webkitRelativePath || file.name));
  const opened: OpenedFiles = { files: {}, notRead: [] };
  await Promise.all(
    all.map(async (file) => {
      const path = toRoot(file.webkitRelativePath || file.name);
      if (isRepositoryPath(path) && !path.split("/").includes(".git")) {
        await readRepositoryFile(path, file, opened);
      }
    }),
  );
  return opened;
}
