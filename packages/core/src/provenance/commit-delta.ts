import type { FileMap } from "../json.ts";
import type { NotReadPath } from "../repo/not-read.ts";

/** Who made a commit, when and why: what a log prints beside each change. */
export interface CommitInfo {
  sha: string;
  author: string;
  /** ISO 8601, as the caller gives it (the CLI gives UTC: `2026-04-20T10:00:00Z`). */
  date: string;
  subject: string;
}

/**
 * What a commit did to one path Karma reads: new text, gone, or there but not read (not UTF-8,
 * too large, a symbolic link), which makes what it holds unknown, not absent.
 */
export type PathChange =
  | { kind: "write"; path: string; text: string }
  | { kind: "remove"; path: string }
  | ({ kind: "not-read" } & NotReadPath);

/** A commit with only the Karma paths it changed, relative to the commit before it. */
export interface CommitDelta extends CommitInfo {
  changes: readonly PathChange[];
}

/** The Karma files of a repository at one commit. */
export interface RepositoryState {
  files: FileMap;
  notRead: readonly NotReadPath[];
}

/**
 * A line of commits, oldest first, each given by what it changed since the one before it (its
 * first parent). Only the changes are given, so a long history costs what it changed, not its
 * size times its length.
 */
export interface CommitHistory {
  /** The repository before the first commit: empty when that commit is the repository's first. */
  base?: RepositoryState | undefined;
  commits: readonly CommitDelta[];
}
