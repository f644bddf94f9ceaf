import type { Issue } from "@karma/core";

export interface FieldProblem {
  severity: Issue["severity"];
  message: string;
}

const none: FieldProblem[] = [];

/** The validation issues of one component by config key path (dots), "" for the whole file. */
export function problemsByPath(
  issues: readonly Issue[],
  env: string,
  id: string,
): Map<string, FieldProblem[]> {
  const byPath = new Map<string, FieldProblem[]>();
  for (const issue of issues) {
    if (issue.env !== env || issue.component !== id) continue;
    let list = byPath.get(issue.path);
    if (!list) {
      list = [];
      byPath.set(issue.path, list);
    }
    list.push({ severity: issue.severity, message: issue.message });
  }
  return byPath;
}

/** The problems of a field, or of none when it has none. */
export function problemsAt(byPath: Map<string, FieldProblem[]>, name: string): FieldProblem[] {
  return byPath.get(name) ?? none;
}

/** Problems whose key path no field shows: they are listed above the form. */
export function unplacedProblems(
  byPath: Map<string, FieldProblem[]>,
  names: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [path, list] of byPath) if (!names.has(path)) problems.push(...list);
  return problems;
}
