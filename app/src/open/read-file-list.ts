import type { FileMap } from "@karma/core";
import { isRepositoryPath, stripCommonRoot } from "./repository-paths.ts";

/** Reads the files of a folder input (`webkitdirectory`), paths relative to the folder. */
export async function readFileList(all: readonly File[]): Promise<FileMap> {
  const toRoot = stripCommonRoot(all.map((file) => file.webkitRelativePath || file.name));
  const files: FileMap = {};
  await Promise.all(
    all.map(async (file) => {
      const path = toRoot(file.webkitRelativePath || file.name);
      if (isRepositoryPath(path) && !path.split("/").includes(".git"))
        files[path] = await file.text();
    }),
  );
  return files;
}
