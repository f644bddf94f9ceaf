import type { Issue } from "../issues/issue.ts";

/** What stands in the way of writing a change, and what was already wrong before it. */
export interface ExportCheck {
  /** Errors in files the change writes, or that the change brings (a reference a delete breaks). */
  blocking: Issue[];
  /** Errors the repository had before the change, in files it does not write: listed, not in the way. */
  preExisting: Issue[];
}

/**
 * Sorts the errors of a changed repository for an export: an error blocks when its file is one
 * the change writes, or when the opened repository did not have it; errors that were there
 * before, in files left as they are, do not block (a user must be able to save unrelated work).
 */
export function exportCheck(
  before: readonly Issue[],
  after: readonly Issue[],
  written: ReadonlySet<string>,
): ExportCheck {
  const key = (issue: Issue) =>
    `${issue.file}\u0000${issue.code}\u0000${issue.path}\u0000${issue.message}`;
  const old = new Set(before.filter((issue) => issue.severity === "error").map(key));
  const check: ExportCheck = { blocking: [], preExisting: [] };
  for (const issue of after) {
    if (issue.severity !== "error") continue;
    if (!written.has(issue.file) && old.has(key(issue))) check.preExisting.push(issue);
    else check.blocking.push(issue);
  }
  return check;
}
