import type { Issue } from "../issues/issue.ts";
import { classifyPath } from "./classify-path.ts";
import { componentId } from "./component-id.ts";

/**
 * A repository path that exists but was not read: a file that could not be (permissions, over
 * the size limit, not UTF-8), a folder that could not be listed, a symbolic link that was not
 * followed. What it holds is unknown, not absent: a plan never creates or deletes under it.
 */
export interface NotReadPath {
  /** Repository-relative, forward slashes; a folder ends in "/". */
  path: string;
  /** An error for a file Karma needed; a warning for what it chose not to follow. */
  severity: "error" | "warning";
  /** Why, for people: "permission denied", "is a symbolic link; Karma does not follow links". */
  message: string;
}

/** The entry that covers `file`: the file itself, or a folder or link above it. */
export function notReadCovering(
  notRead: readonly NotReadPath[],
  file: string,
): NotReadPath | undefined {
  return notRead.find(({ path }) => {
    if (path === file) return true;
    // a link may stand for a folder: it covers what lies below its path too
    const folder = path.endsWith("/") ? path : `${path}/`;
    return file.startsWith(folder);
  });
}

/** The issue of a path that was not read, at the component its path names, if any. */
export function notReadIssue(entry: NotReadPath): Issue {
  const where = classifyPath(entry.path);
  const component = where.kind === "component";
  return {
    severity: entry.severity,
    code: "not-read",
    component: component ? componentId(where.type, where.nickname) : null,
    env: component ? where.env : null,
    file: entry.path,
    line: 1,
    column: 1,
    path: "",
    message: `not read: ${entry.message}`,
  };
}
