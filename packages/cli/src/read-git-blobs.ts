import { maxFileBytes, tooLargeMessage } from "@karma/core";
import { decodeRepositoryFile } from "./decode-repository-file.ts";
import type { Git } from "./git-runner.ts";

/** A blob's text, or why it cannot be read as a repository file. */
export type BlobRead = { text: string } | { problem: string };

/**
 * `git cat-file --batch` output for the objects asked for, in order (`<object> blob <size>\n`,
 * the content, `\n` per object), each decoded as Karma reads a file: UTF-8 within the size limit.
 */
export function parseBlobBatch(output: Buffer, blobs: readonly string[]): BlobRead[] {
  const reads: BlobRead[] = [];
  let offset = 0;
  for (const blob of blobs) {
    const newline = output.indexOf(10, offset);
    if (newline < 0) {
      reads.push({ problem: "git returned no content" });
      continue;
    }
    const [, type, size] = output.toString("utf8", offset, newline).split(" ");
    if (type !== "blob" || size === undefined) {
      reads.push({ problem: `object ${blob} is missing` });
      offset = newline + 1;
      continue;
    }
    const start = newline + 1;
    const end = start + Number(size);
    reads.push(decodeRepositoryFile(output.subarray(start, end)));
    offset = end + 1;
  }
  return reads;
}

/**
 * The blobs' texts by object id, read in two git runs whatever their number: their sizes first,
 * so a blob over the size limit is never loaded, then the contents of the others.
 */
export async function readGitBlobs(
  git: Git,
  top: string,
  blobs: readonly string[],
): Promise<Map<string, BlobRead>> {
  const reads = new Map<string, BlobRead>();
  if (blobs.length === 0) return reads;
  const input = (ids: readonly string[]) => ({ input: `${ids.join("\n")}\n` });
  const sizes = (await git(["cat-file", "--batch-check"], top, input(blobs))).toString("utf8");
  const wanted: string[] = [];
  for (const [index, line] of sizes.split("\n").slice(0, blobs.length).entries()) {
    const blob = blobs[index]!;
    const [, type, size] = line.split(" ");
    if (type !== "blob") reads.set(blob, { problem: `object ${blob} is missing` });
    else if (Number(size) > maxFileBytes)
      reads.set(blob, { problem: tooLargeMessage(Number(size)) });
    else wanted.push(blob);
  }
  if (wanted.length === 0) return reads;
  const contents = await git(["cat-file", "--batch"], top, input(wanted));
  for (const [index, read] of parseBlobBatch(contents, wanted).entries())
    reads.set(wanted[index]!, read);
  return reads;
}
