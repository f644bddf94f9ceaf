import { unzip } from "fflate";
import { decodeRepositoryFile, type OpenedFiles } from "./read-repository-file.ts";
import { isRepositoryPath, stripCommonRoot } from "./repository-paths.ts";

/** Reads the config parts of a .zip of a repository (a GitHub download has a top folder). */
export async function readZip(data: Uint8Array): Promise<OpenedFiles> {
  const entries = await new Promise<Record<string, Uint8Array>>((resolve, reject) => {
    unzip(data, (error, result) =>
      error ? reject(new Error(describeZipError(error))) : resolve(result),
    );
  });
  const names = Object.keys(entries).filter((name) => !name.endsWith("/"));
  const toRoot = stripCommonRoot(names);
  const opened: OpenedFiles = { files: {}, notRead: [] };
  for (const name of names) {
    const path = toRoot(name);
    if (isRepositoryPath(path)) decodeRepositoryFile(path, entries[name]!, opened);
  }
  return opened;
}

function describeZipError(error: Error): string {
  return /invalid zip|unexpected EOF/i.test(error.message)
    ? "this is not a readable .zip file"
    : error.message;
}
