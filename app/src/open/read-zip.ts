import type { FileMap } from "@karma/core";
import { strFromU8, unzip } from "fflate";
import { isRepositoryPath, stripCommonRoot } from "./repository-paths.ts";

/** Reads the config parts of a .zip of a repository (a GitHub download has a top folder). */
export async function readZip(data: Uint8Array): Promise<FileMap> {
  const entries = await new Promise<Record<string, Uint8Array>>((resolve, reject) => {
    unzip(data, (error, result) =>
      error ? reject(new Error(describeZipError(error))) : resolve(result),
    );
  });
  const names = Object.keys(entries).filter((name) => !name.endsWith("/"));
  const toRoot = stripCommonRoot(names);
  const files: FileMap = {};
  for (const name of names) {
    const path = toRoot(name);
    if (isRepositoryPath(path)) files[path] = strFromU8(entries[name]!);
  }
  return files;
}

function describeZipError(error: Error): string {
  return /invalid zip|unexpected EOF/i.test(error.message)
    ? "this is not a readable .zip file"
    : error.message;
}
