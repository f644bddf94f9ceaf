import type { Issue } from "../issues/issue.ts";
import type { Plan } from "./plan.ts";

/**
 * The issues of a change, each with one severity wherever it is shown: the repository's own
 * issues, where a reference that the plan finds broken by a delete takes the plan's error in
 * place of the validator's "not in this environment" warning, plus the plan's other errors for
 * files that have none yet (a component that cannot be planned).
 */
export function issuesOfChange(issues: readonly Issue[], plan: Plan): Issue[] {
  const planErrors = plan.issues.filter((issue) => issue.severity === "error");
  if (planErrors.length === 0) return issues as Issue[];
  const key = (issue: Issue) => `${issue.file}\u0000${issue.path}\u0000${issue.code}`;
  const raised = new Map(
    planErrors
      .filter((issue) => issue.code === "missing-reference")
      .map((issue) => [key(issue), issue]),
  );
  const merged = issues.map((issue) => raised.get(key(issue)) ?? issue);
  const withErrors = new Set(
    merged.filter((issue) => issue.severity === "error").map((i) => i.file),
  );
  for (const issue of planErrors) {
    if (issue.code !== "missing-reference" && !withErrors.has(issue.file)) merged.push(issue);
  }
  return merged;
}
