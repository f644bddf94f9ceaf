import { relativeDate } from "../serve/relative-date.ts";
import type { EnvironmentCommit } from "../serve/serve-api.ts";
import type { ShownCommit } from "../state/editor-state.ts";

/** A commit by its first seven hex digits, as git shows it. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** What the slider says of a commit: "1a2b3c4 Add the network". */
export function tickLabel(commit: ShownCommit): string {
  return commit.subject === "" ? shortSha(commit.sha) : `${shortSha(commit.sha)} ${commit.subject}`;
}

/** A tick's tooltip: its label, who made it and when, from `now`. */
export function tickTitle(commit: EnvironmentCommit, now: number): string {
  return `${tickLabel(commit)} (${commit.author}, ${relativeDate(commit.date, now)})`;
}

/** The banner while a commit is shown: "Viewing 1a2b3c4 — Add the network (read-only)". */
export function viewingText(commit: ShownCommit): string {
  const subject = commit.subject === "" ? "" : ` — ${commit.subject}`;
  return `Viewing ${shortSha(commit.sha)}${subject} (read-only)`;
}

/** The slider's end: the files as opened, with the edits made since. */
export const nowLabel = "Now: the opened files";
