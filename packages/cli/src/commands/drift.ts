import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  type ComponentDrift,
  type DriftReport,
  type DriftStatus,
  driftRepositories,
  type FieldChange,
  type JsonValue,
  parseSnapshot,
} from "@karma/core";
import { CliError, usageError, usageExitCode } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { type Colors, colorsFor } from "../colors.ts";
import type { Command } from "../command.ts";
import { describeFsError } from "../describe-fs-error.ts";
import { formatIssues } from "../format-issues.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseCommandArgs } from "../parse-command-args.ts";

const usage = `Usage: karma drift [dir] --snapshot <file> [--with <dir>]... [--env <env>] [--json]

Compare an environment of a config repository with what is deployed: a snapshot
of the parameter store, the JSON printed by
  aws ssm get-parameters-by-path --path /iac --recursive --output json
(any prefix; several pages appended to one file are fine). Lists components
whose deployed config differs (key by key), that are not deployed, and that are
deployed but not in the repository, and references whose provider's runtime
lacks outputs the reference reads.

Arguments:
  dir                the repository (default: the current directory)

Options:
  --snapshot <file>  the snapshot file (required)
  --with <dir>       another repository of the workspace (repeatable; added to those
                     listed in dir's .karma/workspace.json): its components are compared
                     too, and references resolve into it
  --env <env>        the environment the snapshot belongs to (required when the
                     repository has several)
  --json             print the drift report as JSON
  -h, --help         show this help

Exit status: 0 in sync, 2 drift (drifted, not deployed or unmanaged components),
1 errors (bad arguments, an unreadable repository or snapshot, a deployed or
repository config that cannot be compared).
`;

export const driftCommand: Command = {
  name: "drift",
  summary: "compare the repository with a parameter-store snapshot",
  usage,
  async run(args, io) {
    try {
      return await drift(args, io);
    } catch (error) {
      // 2 means drift here, so usage problems exit 1
      if (error instanceof CliError && error.exitCode === usageExitCode) {
        throw new CliError(error.message, 1, error.hint);
      }
      throw error;
    }
  },
};

async function drift(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      snapshot: { type: "string" },
      with: { type: "string", multiple: true },
      env: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    usage,
  );
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (positionals.length > 1) throw usageError("expected at most one directory", usage);
  if (values.snapshot === undefined) throw usageError("missing --snapshot <file>", usage);

  const { workspace, repositories, environments } = await openWorkspace(positionals[0], values, io);
  const env = values.env ?? onlyEnvironment(environments);
  const text = await readSnapshot(resolve(io.cwd, values.snapshot));
  // loaded here so that the other commands run while core's index.ts lacks runtime/ exports
  const snapshot = parseSnapshot(text, values.snapshot, workspace.catalog);
  const report = driftRepositories(repositories, snapshot, env);

  if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(formatDrift(report, colorsFor(io)));
  return exitCodeOf(report);
}

function onlyEnvironment(environments: readonly string[]): string {
  const [only, ...others] = environments;
  if (only === undefined) throw usageError("the repository has no environments to compare");
  if (others.length > 0) {
    throw usageError(
      `the snapshot has no environment: pass --env (environments: ${environments.join(", ")})`,
    );
  }
  return only;
}

async function readSnapshot(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new CliError(`cannot read the snapshot ${path}: ${describeFsError(error)}`, 1);
  }
}

function exitCodeOf(report: DriftReport): number {
  const { summary } = report;
  if (summary.unknown > 0 || report.issues.some((issue) => issue.severity === "error")) return 1;
  return summary.drifted + summary.notDeployed + summary.unmanaged > 0 ? 2 : 0;
}

const statusLabels: Record<DriftStatus, string> = {
  "in-sync": "in sync",
  drifted: "drifted",
  "not-deployed": "not deployed",
  unknown: "unknown",
  unmanaged: "unmanaged",
  external: "external",
};

/** Components that are not in sync (with their key changes), missing outputs, snapshot issues, summary. */
function formatDrift(report: DriftReport, colors: Colors): string {
  const blocks: string[] = [];
  const listed = report.components.filter((component) => component.status !== "in-sync");
  if (listed.length > 0) {
    const width = Math.max(...listed.map((component) => component.id.length));
    blocks.push(listed.map((component) => formatComponent(component, width, colors)).join(""));
  }
  if (report.missingOutputs.length > 0) {
    const locations = report.missingOutputs.map((m) => `${m.file}:${m.line}:${m.column}`);
    const width = Math.max(...locations.map((location) => location.length));
    const lines = report.missingOutputs.map(
      (m, i) =>
        `${colors.bold(locations[i]!.padEnd(width))}  ${colors.yellow("warning")}  ${m.message}  ${colors.dim("[missing-runtime-output]")}\n`,
    );
    blocks.push(lines.join(""));
  }
  const issues = formatIssues(report.issues, colors);
  if (issues) blocks.push(issues);
  blocks.push(`${formatSummary(report)}\n`);
  return blocks.join("\n");
}

function formatComponent(component: ComponentDrift, width: number, colors: Colors): string {
  const label = statusLabels[component.status].padEnd(12);
  const painted =
    component.status === "unknown"
      ? colors.red(label)
      : component.status === "external"
        ? colors.dim(label)
        : component.status === "unmanaged"
          ? colors.cyan(label)
          : colors.yellow(label);
  const head = `${painted}  ${colors.bold(component.id.padEnd(width))}  ${detailOf(component)}`;
  const changes = component.changes.map((change) => `    ${formatChange(change, colors)}\n`);
  return `${head.trimEnd()}\n${changes.join("")}`;
}

function detailOf(component: ComponentDrift): string {
  switch (component.status) {
    case "drifted":
      return component.file ?? "";
    case "not-deployed":
      return `no ${component.parameter ?? "config parameter"} in the snapshot${component.hasRuntime ? " (a runtime is published)" : ""}`;
    case "unknown":
      return component.reason ?? "";
    case "unmanaged":
      return component.parameter ?? "runtime only";
    case "external":
      return `not in the repository; read by ${component.referencedBy.join(", ")}`;
    case "in-sync":
      return "";
  }
}

function formatChange(change: FieldChange, colors: Colors): string {
  if (change.before === undefined) {
    return `${colors.cyan("+")} ${change.path}: ${show(change.after)} ${colors.dim("(not deployed)")}`;
  }
  if (change.after === undefined) {
    return `${colors.red("-")} ${change.path}: ${show(change.before)} ${colors.dim("(deployed only)")}`;
  }
  return `${colors.yellow("~")} ${change.path}: ${show(change.before)} ${colors.dim("deployed,")} ${show(change.after)} ${colors.dim("in the repository")}`;
}

function show(value: JsonValue | undefined): string {
  const text = JSON.stringify(value) ?? "";
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** `prod against snapshot.json (/iac, 27 parameters): 11 in sync, 1 drifted; 1 missing runtime output` */
function formatSummary(report: DriftReport): string {
  const { summary, snapshot } = report;
  const counts = [
    `${summary.inSync} in sync`,
    ...(
      [
        [summary.drifted, "drifted"],
        [summary.notDeployed, "not deployed"],
        [summary.unknown, "unknown"],
        [summary.unmanaged, "unmanaged"],
        [summary.external, "external"],
      ] as const
    )
      .filter(([count]) => count > 0)
      .map(([count, label]) => `${count} ${label}`),
  ];
  const extras = [
    summary.missingOutputs > 0 ? plural(summary.missingOutputs, "missing runtime output") : null,
    report.issues.length > 0 ? plural(report.issues.length, "snapshot issue") : null,
  ].filter((extra) => extra !== null);
  const prefix =
    snapshot.prefix === null ? "no component parameters" : snapshot.prefix || "no prefix";
  const where = `${prefix}, ${plural(snapshot.parameterCount, "parameter")}`;
  return `${report.env} against ${snapshot.file} (${where}): ${counts.join(", ")}${extras.length > 0 ? `; ${extras.join(", ")}` : ""}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
