import {
  type Issue,
  type NotReadPath,
  notReadIssue,
  type Repository,
  splitWorkspacePath,
  workspaceIssueFile,
} from "@karma/core";

/**
 * The issues of paths opening could not read. With several repositories, each is read as a path
 * of its own repository (so a component's file names its component) and named
 * `<repository>/<path>`, as `validateRepositories` names files.
 */
export function notReadIssues(
  repositories: readonly Repository[],
  notRead: readonly NotReadPath[],
): Issue[] {
  if (repositories.length < 2) return notRead.map(notReadIssue);
  return notRead.map((entry) => {
    const path = splitWorkspacePath(entry.path)?.path ?? entry.path;
    return {
      ...notReadIssue({ ...entry, path }),
      file: workspaceIssueFile(repositories, entry.path),
    };
  });
}

/**
 * The issues of the layout files (the first repository's: the workspace's canvas), named as
 * `validateRepositories` names files when there are several repositories.
 */
export function layoutIssuesIn(repositories: readonly Repository[], issues: Issue[]): Issue[] {
  if (repositories.length < 2 || issues.length === 0) return issues;
  return issues.map((issue) => ({ ...issue, file: workspaceIssueFile(repositories, issue.file) }));
}
