import {
  type CommitInfo,
  type ComponentChangeKind,
  changeSign,
  describeChange,
  type FieldChange,
  printable,
} from "@karma/core";
import type { Colors } from "./colors.ts";
import type { LogResult } from "./log-query.ts";

const signs: Record<ComponentChangeKind, string> = {
  create: "+",
  update: "~",
  delete: "-",
  rename: ">",
  unknown: "?",
};

const words: Record<ComponentChangeKind, string> = {
  create: "created",
  update: "updated",
  delete: "deleted",
  rename: "renamed",
  unknown: "unknown",
};

const colours: Record<string, "green" | "red" | "yellow" | "cyan"> = {
  "+": "green",
  "-": "red",
  "~": "yellow",
  ">": "cyan",
  "?": "yellow",
};

/**
 * The log for a terminal, newest first: per commit its short id, date, author and subject, then
 * what it changed: a component's field diffs; or the graph's components (with the fields of
 * updates) and edges. Every string from the repository is escaped here, not only at the gate:
 * on a terminal the gate lets Karma's own colour codes through, and a subject, an author or a
 * value a reference names may spell one.
 */
export function formatLogText(result: LogResult, colors: Colors): string {
  const paint = (sign: string) => colors[colours[sign]!](sign);
  const count = `${result.commits.length} ${result.commits.length === 1 ? "commit" : "commits"}`;
  const blocks: string[] = [];
  if (result.kind === "component") {
    blocks.push(colors.bold(printable(`${result.component} in ${result.env}: ${count}`)));
    for (const commit of result.commits) {
      const lines = heading(commit, colors);
      const what =
        commit.change === "rename"
          ? `renamed from ${commit.from} to ${commit.to}`
          : commit.change === "unknown"
            ? `unknown: ${commit.reason}`
            : words[commit.change];
      lines.push(`  ${paint(signs[commit.change])} ${printable(what)}`);
      lines.push(...fieldLines(commit.fields, paint));
      blocks.push(lines.join("\n"));
    }
  } else {
    blocks.push(colors.bold(printable(`${result.env}: ${count}`)));
    for (const commit of result.commits) {
      const lines = heading(commit, colors);
      for (const change of commit.components) {
        const what =
          change.change === "rename"
            ? `renamed from ${change.from}`
            : change.change === "unknown"
              ? `unknown: ${change.reason}`
              : words[change.change];
        lines.push(
          `  ${paint(signs[change.change])} ${colors.bold(printable(change.id))} ${printable(what)}`,
        );
        // a create or delete would list its whole config: only updates show their fields here
        if (change.change === "update") lines.push(...fieldLines(change.fields, paint));
      }
      for (const { dependent, dependency, key, change } of commit.edges) {
        const edge = printable(`${dependent} → ${dependency} (${key})`);
        lines.push(`  ${paint(change === "add" ? "+" : "-")} ${edge}`);
      }
      blocks.push(lines.join("\n"));
    }
  }
  if (result.commits.length === 0) blocks.push("No commit changed it.");
  return `${blocks.join("\n\n")}\n`;
}

function heading(commit: CommitInfo, colors: Colors): string[] {
  return [
    `${colors.yellow(commit.sha.slice(0, 7))}  ${colors.dim(commit.date)}  ${printable(commit.author)}`,
    `    ${printable(commit.subject)}`,
  ];
}

function fieldLines(fields: readonly FieldChange[], paint: (sign: string) => string): string[] {
  return fields.map(
    (field) => `      ${paint(changeSign(field))} ${printable(describeChange(field))}`,
  );
}
