export type Severity = "error" | "warning" | "info";

export type IssueCode =
  | "invalid-json"
  | "not-an-object"
  | "missing-required"
  | "wrong-type"
  | "invalid-value"
  | "missing-reference"
  | "wrong-reference-type"
  | "dependency-cycle"
  | "unknown-type"
  | "unknown-key"
  | "duplicate-path"
  | "not-read"
  | "not-planned"
  | "ambiguous-reference"
  | "duplicate-name"
  | "malformed-path"
  | "duplicate-key"
  | "invalid-account-environment"
  | "invalid-type-definition"
  | "duplicate-component"
  | "invalid-workspace-file";

/**
 * A problem found in a repository. Positions are 1-based; `line`/`column` point at the
 * offending key or value when there is one, else at the start of the file.
 */
export interface Issue {
  severity: Severity;
  code: IssueCode;
  /** `<type>/<nickname>` of the component concerned, or null for files that are not components. */
  component: string | null;
  /** Environment of the component, or null. */
  env: string | null;
  file: string;
  line: number;
  column: number;
  /** Config key path with dots for nesting (`functions.echo.runtime`), or "" for the whole file. */
  path: string;
  message: string;
}
