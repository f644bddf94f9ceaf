import type { Issue } from "@karma/core";
import { memoizeLast } from "../model/memo.ts";

export interface IssueGroup {
  key: string;
  /** `<type>/<nickname>`, or null for a file that is not a component. */
  component: string | null;
  env: string | null;
  /** The component id, or the file of a group without component. */
  title: string;
  issues: Issue[];
  errors: number;
  warnings: number;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Issues grouped by component; the shown environment first, then the rest, then other files. */
export const groupIssues = memoizeLast((issues: Issue[], shownEnv: string | null): IssueGroup[] => {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key =
      issue.component !== null
        ? `${issue.env ?? ""}\u0000${issue.component}`
        : `\u0001${issue.file}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        component: issue.component,
        env: issue.env,
        title: issue.component ?? issue.file,
        issues: [],
        errors: 0,
        warnings: 0,
      };
      groups.set(key, group);
    }
    group.issues.push(issue);
    if (issue.severity === "error") group.errors++;
    if (issue.severity === "warning") group.warnings++;
  }
  const order = (group: IssueGroup) =>
    group.component === null ? 2 : group.env === shownEnv ? 0 : 1;
  // the worst first: a long list is shown in pages, and errors must not hide behind notes
  const worst = (group: IssueGroup) => (group.errors > 0 ? 0 : group.warnings > 0 ? 1 : 2);
  const sorted = [...groups.values()].sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.env ?? "").localeCompare(b.env ?? "") ||
      worst(a) - worst(b) ||
      a.title.localeCompare(b.title),
  );
  for (const group of sorted) {
    group.issues.sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        a.line - b.line ||
        a.column - b.column,
    );
  }
  return sorted;
});
