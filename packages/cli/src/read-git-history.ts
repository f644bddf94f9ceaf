import type {
  CommitDelta,
  CommitHistory,
  FileMap,
  NotReadPath,
  PathChange,
  RepositoryState,
} from "@karma/core";
import { CliError } from "./cli-error.ts";
import { type Git, gitRunner } from "./git-runner.ts";
import { type LoggedCommit, logFormat, parseGitLog } from "./parse-git-log.ts";
import { readGitBlobs } from "./read-git-blobs.ts";
import { isRepositoryFile, symbolicLinkEntry } from "./read-repository.ts";

export interface GitHistory extends CommitHistory {
  /**
   * In a shallow clone, the oldest commit fetched: what it changed is unknown, so the history
   * starts from it (its files are the base) rather than from nothing.
   */
  shallowBase: string | null;
}

/** The folders Karma reads, as git pathspecs under the repository directory. */
const karmaRoots = ["account_environments", "iac", ".karma"];
/** Git's modes for a regular file, plain and executable. */
const fileModes = new Set(["100644", "100755"]);

/**
 * The history of the repository at `dir` along first parents from HEAD (as the branch saw it: a
 * merge counts as what it brought in), oldest first, each commit with the Karma files it changed
 * relative to the repository directory (which may be a subdirectory of the git repository).
 * A few git runs whatever its length: one log with every change, then the new files' sizes and
 * texts, each in one run.
 */
export async function readGitHistory(dir: string): Promise<GitHistory> {
  const git = gitRunner(
    (reason) => new CliError(`cannot read the git history of ${dir}: ${reason}`, 1),
  );
  const [top = "", prefix = ""] = (
    await git(["rev-parse", "--show-toplevel", "--show-prefix"], dir)
  )
    .toString("utf8")
    .split("\n");
  const head = (
    await git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], top, {
      whyEmpty: "there are no commits yet",
    })
  )
    .toString("utf8")
    .trim();
  const output = await git(
    [
      "--literal-pathspecs",
      "log",
      "--first-parent",
      "--diff-merges=first-parent",
      "--reverse",
      "--root",
      "--raw",
      "-z",
      "--no-renames",
      "--no-abbrev",
      "--no-color",
      "--no-show-signature",
      "--encoding=UTF-8",
      `--format=${logFormat}`,
      head,
      "--",
      ...karmaRoots.map((root) => `${prefix}${root}`),
    ],
    top,
  );
  const logged = parseGitLog(output.toString("utf8"));
  const commits = await withTexts(git, top, logged, prefix);
  const oldest = logged[0];
  if (oldest && oldest.parents.length === 0 && (await isGrafted(git, top, oldest.sha))) {
    const [base, ...rest] = commits;
    return { shallowBase: oldest.sha, base: stateAfter(base!), commits: rest };
  }
  return { shallowBase: null, commits };
}

/** Each commit's changes, with the text of every file it wrote, all read together. */
async function withTexts(
  git: Git,
  top: string,
  logged: readonly LoggedCommit[],
  prefix: string,
): Promise<CommitDelta[]> {
  const blobs = logged.flatMap((commit) =>
    commit.changes
      .filter((change) => fileModes.has(change.newMode) && isKarmaFile(change.path, prefix))
      .map((change) => change.blob),
  );
  const reads = await readGitBlobs(git, top, [...new Set(blobs)]);
  return logged.map((commit) => {
    const changes: PathChange[] = [];
    for (const change of commit.changes) {
      // the pathspecs keep git to the repository directory
      if (!change.path.startsWith(prefix)) continue;
      const path = change.path.slice(prefix.length);
      if (change.newMode === "120000") {
        changes.push({ kind: "not-read", ...symbolicLinkEntry(path) });
      } else if (!fileModes.has(change.newMode) || !isKarmaFile(change.path, prefix)) {
        // gone, a submodule, or a file Karma does not read: whatever the path held is no more
        changes.push({ kind: "remove", path });
      } else {
        // every blob of a file was asked for
        const read = reads.get(change.blob)!;
        if ("text" in read) changes.push({ kind: "write", path, text: read.text });
        else changes.push({ kind: "not-read", path, severity: "error", message: read.problem });
      }
    }
    return {
      sha: commit.sha,
      author: commit.author,
      date: utc(commit.date),
      subject: commit.subject,
      changes,
    };
  });
}

/** Whether git's path (from the top) is a file Karma reads in the repository directory. */
function isKarmaFile(path: string, prefix: string): boolean {
  return path.startsWith(prefix) && isRepositoryFile(path.slice(prefix.length));
}

/** `2026-04-20T12:00:00+02:00` as `2026-04-20T10:00:00Z`; anything else as git gave it. */
function utc(date: string): string {
  const time = Date.parse(date);
  return Number.isNaN(time) ? date : new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Whether a commit without parents has some in its object: the cut of a shallow clone. */
async function isGrafted(git: Git, top: string, sha: string): Promise<boolean> {
  const object = (await git(["cat-file", "commit", sha], top)).toString("utf8");
  const header = object.slice(0, object.indexOf("\n\n"));
  return /^parent /m.test(header);
}

/** The files a first commit wrote: the whole repository at that commit. */
function stateAfter(commit: CommitDelta): RepositoryState {
  const files: FileMap = {};
  const notRead: NotReadPath[] = [];
  for (const change of commit.changes) {
    if (change.kind === "write") files[change.path] = change.text;
    else if (change.kind === "not-read") {
      notRead.push({ path: change.path, severity: change.severity, message: change.message });
    }
  }
  return { files, notRead };
}
