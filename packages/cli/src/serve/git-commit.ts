import { posix } from "node:path";
import { gitRunner } from "../git-runner.ts";

/** What git could not do, with the HTTP status to answer and details for the client. */
export class GitRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: object = {},
  ) {
    super(message);
    this.name = "GitRefusal";
  }
}

export interface GitStatus {
  /** The branch HEAD is on; null when HEAD is detached. */
  branch: string | null;
  /** The staged changes, relative to the served folder (`../` before those outside it). */
  staged: string[];
}

export interface GitCommit {
  commit: string;
  branch: string;
  /** The paths the commit changed, relative to the served folder (after `shown`). */
  paths: string[];
}

const git = gitRunner((reason) => new Error(reason));

/**
 * The branch and the staged changes of the git repository holding `realRoot`; `shown` goes
 * before each path (the repository's prefix in the workspace's map).
 */
export async function gitStatus(realRoot: string, shown = ""): Promise<GitStatus> {
  const { branch, staged } = await statusIn(realRoot, await prefixOf(realRoot));
  return { branch, staged: staged.map((path) => `${shown}${path}`) };
}

async function statusIn(realRoot: string, prefix: string): Promise<GitStatus> {
  const branch = await git(["symbolic-ref", "--quiet", "--short", "HEAD"], realRoot).then(
    (output) => output.toString("utf8").replace(/\n$/, ""),
    // detached: symbolic-ref says nothing and fails
    () => null,
  );
  return { branch, staged: await stagedPaths(realRoot, prefix) };
}

/**
 * Commits exactly `paths` (relative to `realRoot`) as they are on disk, on the current branch,
 * with git's own `commit -- <paths>`: refused while HEAD is detached or anything else is
 * staged. Never pushes. Paths must have been checked by the caller (repository files, inside).
 * `shown` goes before each path the answer or a refusal names.
 */
export async function commitFiles(
  realRoot: string,
  paths: readonly string[],
  message: string,
  shown = "",
): Promise<GitCommit> {
  const ready = await stageCommit(await checkCommit(realRoot, paths, shown));
  return finishCommit(ready, message);
}

/** A commit that may go ahead: HEAD is on a branch and nothing else is staged. */
export interface CheckedCommit {
  realRoot: string;
  paths: readonly string[];
  shown: string;
  /** Where `realRoot` is in its git repository. */
  prefix: string;
  branch: string;
}

/**
 * Checks that a commit of `paths` may be made, changing nothing: refused (`GitRefusal`) outside
 * git, while HEAD is detached or while anything but `paths` is staged.
 */
export async function checkCommit(
  realRoot: string,
  paths: readonly string[],
  shown = "",
): Promise<CheckedCommit> {
  const prefix = await prefixOf(realRoot);
  const { branch, staged } = await statusIn(realRoot, prefix);
  if (branch === null) {
    throw new GitRefusal(409, "HEAD is detached: check out a branch first. Nothing was committed.");
  }
  const asked = new Set(paths);
  const others = staged.filter((path) => !asked.has(path)).map((path) => `${shown}${path}`);
  if (others.length > 0) {
    throw new GitRefusal(
      409,
      `other changes are staged: ${others.join(", ")}. Commit or unstage them first (git restore --staged <path>); nothing was committed.`,
      { staged: others },
    );
  }
  return { realRoot, paths, shown, prefix, branch };
}

/** A checked commit with its files staged, not made yet. */
export interface StagedCommit extends CheckedCommit {
  /** The paths that change, relative to `realRoot`. */
  changed: string[];
  /** Puts the index's entries for the paths back as they were before staging. */
  restore(): Promise<void>;
}

/**
 * Stages the files of a checked commit as they are on disk. Refused, with the index as it was,
 * when git cannot stage them or they are as in HEAD (nothing to commit).
 */
export async function stageCommit(checked: CheckedCommit): Promise<StagedCommit> {
  const { realRoot, paths, prefix } = checked;
  // what the index holds for them now, so a commit that fails leaves it as it was
  const before = await indexEntries(realRoot, paths);
  const restore = () => restoreIndex(realRoot, paths, before);
  // the index takes the files as they are on disk: new ones added, deleted ones removed
  await git(["update-index", "--add", "--remove", "--", ...paths], realRoot).catch(
    async (error: Error) => {
      await restore();
      throw new GitRefusal(500, `git could not stage the files: ${error.message}`);
    },
  );
  // a file deleted that git never knew has nothing to commit, and naming it would fail
  const changed = await stagedPaths(realRoot, prefix, paths);
  if (changed.length === 0) {
    await restore();
    throw new GitRefusal(409, "nothing to commit: the files are as they are in HEAD.");
  }
  return { ...checked, changed, restore };
}

/** Makes a staged commit; when git refuses, the index goes back to what it held before. */
export async function finishCommit(staged: StagedCommit, message: string): Promise<GitCommit> {
  const { realRoot, changed, branch, shown } = staged;
  await git(
    [
      "--literal-pathspecs",
      "commit",
      "--quiet",
      // a line starting with # is part of the message, not a comment
      "--cleanup=whitespace",
      "-m",
      message,
      "--",
      ...changed,
    ],
    realRoot,
  ).catch(async (error: Error) => {
    // a hook that said no: the index goes back to what it held, so nothing is left half done
    await staged.restore();
    throw new GitRefusal(500, `git did not commit: ${error.message}. Nothing was committed.`);
  });
  const commit = (await git(["rev-parse", "HEAD"], realRoot)).toString("utf8").trim();
  return { commit, branch, paths: changed.map((path) => `${shown}${path}`) };
}

/** The index's entries for `paths` as `git update-index --index-info` reads them back. */
async function indexEntries(realRoot: string, paths: readonly string[]): Promise<string> {
  const output = await git(
    ["--literal-pathspecs", "ls-files", "--stage", "--full-name", "-z", "--", ...paths],
    realRoot,
  );
  // "<mode> <object> <stage>\t<path from the top>\0" each: what index-info reads, from the top
  return output.toString("utf8");
}

/**
 * Puts the index's entries for `paths` back as `entries` recorded them: first as in HEAD (or
 * out of the index when HEAD has none), then the entries that were staged before.
 */
async function restoreIndex(
  realRoot: string,
  paths: readonly string[],
  entries: string,
): Promise<void> {
  const unborn = await git(["rev-parse", "--verify", "--quiet", "HEAD"], realRoot).then(
    () => false,
    () => true,
  );
  await git(
    unborn
      ? [
          "--literal-pathspecs",
          "rm",
          "--cached",
          "--quiet",
          "--ignore-unmatch",
          "-r",
          "--",
          ...paths,
        ]
      : ["--literal-pathspecs", "reset", "--quiet", "HEAD", "--", ...paths],
    realRoot,
  ).catch(() => {});
  if (entries !== "") {
    await git(["update-index", "-z", "--index-info"], realRoot, { input: entries }).catch(() => {});
  }
}

/** Where `realRoot` is inside its git repository (`sub/` or ""); 404 outside git. */
async function prefixOf(realRoot: string): Promise<string> {
  try {
    return (await git(["rev-parse", "--show-prefix"], realRoot))
      .toString("utf8")
      .replace(/\n$/, "");
  } catch (error) {
    throw new GitRefusal(404, `not in a git repository: ${(error as Error).message}`);
  }
}

/** Staged changes (of `paths` only, when given), relative to `realRoot`. */
async function stagedPaths(
  realRoot: string,
  prefix: string,
  paths?: readonly string[],
): Promise<string[]> {
  const output = await git(
    [
      "--literal-pathspecs",
      "diff",
      "--cached",
      "--name-only",
      "-z",
      "--no-renames",
      ...(paths ? ["--", ...paths] : []),
    ],
    realRoot,
  );
  const folder = prefix.replace(/\/$/, "");
  // git names them from the top of the repository
  return output
    .toString("utf8")
    .split("\0")
    .filter((path) => path !== "")
    .map((path) => (folder === "" ? path : posix.relative(folder, path)));
}
