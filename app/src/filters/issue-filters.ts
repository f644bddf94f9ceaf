import type { IssueFilter } from "../state/editor-store.ts";

/** The issue filter's choices, as the Filter menu offers them and a link may name them. */
export const issueFilters: { value: IssueFilter; label: string }[] = [
  { value: "all", label: "Any" },
  { value: "errors", label: "With errors" },
  { value: "warnings", label: "With warnings" },
  { value: "clean", label: "Without issues" },
];

export function isIssueFilter(value: string | null): value is IssueFilter {
  return issueFilters.some((filter) => filter.value === value);
}
