import type { Issue, Severity } from "@karma/core";
import type { Colors } from "./colors.ts";

const severityLabels: Record<Severity, string> = {
  error: "error",
  warning: "warning",
  info: "note",
};

/**
 * Issues grouped by file, one `path:line:column  severity  message  [code]` line each so that
 * terminals and editors can jump to the position; groups are separated by a blank line.
 */
export function formatIssues(issues: readonly Issue[], colors: Colors): string {
  const byFile = new Map<string, Issue[]>();
  for (const issue of [...issues].sort(compareIssues)) {
    const group = byFile.get(issue.file);
    if (group) group.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  const blocks: string[] = [];
  for (const group of byFile.values()) {
    const locations = group.map((issue) => `${issue.file}:${issue.line}:${issue.column}`);
    const width = Math.max(...locations.map((location) => location.length));
    const lines = group.map((issue, index) => {
      const location = colors.bold(locations[index]!.padEnd(width));
      const severity = paintSeverity(issue.severity, colors);
      return `${location}  ${severity}  ${issue.message}  ${colors.dim(`[${issue.code}]`)}`;
    });
    blocks.push(lines.join("\n"));
  }
  return blocks.map((block) => `${block}\n`).join("\n");
}

function paintSeverity(severity: Severity, colors: Colors): string {
  const label = severityLabels[severity].padEnd(7);
  if (severity === "error") return colors.red(label);
  if (severity === "warning") return colors.yellow(label);
  return colors.cyan(label);
}

function compareIssues(a: Issue, b: Issue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

export interface Summary {
  components: number;
  environments: readonly string[];
  issues: readonly Issue[];
  /** The names of the repositories of a workspace of several. */
  repositories?: readonly string[] | undefined;
}

/**
 * `14 components in 2 environments (dev, prod): 0 errors, 7 warnings, 6 notes`; with several
 * repositories, `14 components of 2 repositories (app, network) in 2 environments …`.
 */
export function formatSummary({ components, environments, issues, repositories }: Summary): string {
  const count = (severity: Severity) => issues.filter((i) => i.severity === severity).length;
  const envList = environments.length > 0 ? ` (${environments.join(", ")})` : "";
  const of = repositories
    ? ` of ${repositories.length} repositories (${repositories.join(", ")})`
    : "";
  return (
    `${plural(components, "component")}${of} in ${plural(environments.length, "environment")}${envList}: ` +
    `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ` +
    `${plural(count("info"), "note")}`
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
