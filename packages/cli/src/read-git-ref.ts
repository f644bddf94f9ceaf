import type { FileMap, NotReadPath } from "@karma/core";
import { CliError } from "./cli-error.ts";
import { gitRunner } from "./git-runner.ts";
import { parseBlobBatch } from "./read-git-blobs.ts";
import { isRepositoryFile, type RepositoryRead, symbolicLinkEntry } from "./read-repository.ts";

export interface GitRefRead extends RepositoryRead {
  /** The full commit id the ref resolved to. */
  commit: string;
}

interface TreeEntry {
  /** Path relative to the repository directory. */
  path: string;
  blob: string;
}

/**
 * Reads the Karma files of the repository at `dir` as they are in `ref` (a commit, branch or
 * tag of the git repository holding `dir`), straight from the object store: the working tree
 * and the index are left alone. Paths are relative to `dir`, as `readRepository` gives them.
 */
export async function readGitRef(dir: string, ref: string): Promise<GitRefRead> {
  const fail = (reason: string) =>
    new CliError(`cannot read git ref '${ref}' in ${dir}: ${reason}`, 1);
  const git = gitRunner(fail);

  const [top = "", prefix = ""] = (
    await git(["rev-parse", "--show-toplevel", "--show-prefix"], dir)
  )
    .toString("utf8")
    .split("\n");
  const commit = (
    await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], top, {
      whyEmpty: "no such commit, branch or tag",
    })
  )
    .toString("utf8")
    .trim();
  // only the folders Karma reads, taken literally (a `*` in a folder name is no glob)
  const pathspecs = ["account_environments", "iac", ".karma"].map((root) => `${prefix}${root}`);
  const listing = await git(
    ["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit, "--", ...pathspecs],
    top,
  );
  const { entries, links } = treeEntries(listing.toString("utf8"), prefix);
  const blobs =
    entries.length === 0
      ? Buffer.alloc(0)
      : await git(["cat-file", "--batch"], top, {
          input: `${entries.map((e) => e.blob).join("\n")}\n`,
        });
  const read = readBatch(blobs, entries);
  const notRead = [...links.map(symbolicLinkEntry), ...read.notRead].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  return { files: read.files, notRead, commit };
}

/**
 * `ls-tree -z` lines (`<mode> <type> <object>\t<path>`) under `prefix`: the regular files Karma
 * reads, and the symbolic links (mode 120000), which are not followed, as on disk.
 */
function treeEntries(listing: string, prefix: string): { entries: TreeEntry[]; links: string[] } {
  const entries: TreeEntry[] = [];
  const links: string[] = [];
  for (const line of listing.split("\0")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, blob] = line.slice(0, tab).split(" ");
    const fullPath = line.slice(tab + 1);
    // submodules are not files, as on disk
    if (type !== "blob" || !blob || !fullPath.startsWith(prefix)) continue;
    const path = fullPath.slice(prefix.length);
    if (mode === "120000") links.push(path);
    else if (isRepositoryFile(path)) entries.push({ path, blob });
  }
  return { entries, links };
}

/** The blobs' texts by path; what cannot be read, as not read. */
function readBatch(output: Buffer, entries: readonly TreeEntry[]): RepositoryRead {
  const reads = parseBlobBatch(
    output,
    entries.map((entry) => entry.blob),
  );
  const read: Record<string, string> = {};
  const notRead: NotReadPath[] = [];
  for (const [index, entry] of entries.entries()) {
    const outcome = reads[index]!;
    if ("text" in outcome) read[entry.path] = outcome.text;
    else notRead.push({ path: entry.path, severity: "error", message: outcome.problem });
  }
  const files: FileMap = {};
  for (const path of Object.keys(read).sort()) files[path] = read[path]!;
  return { files, notRead };
}
