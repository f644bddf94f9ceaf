import { resolve } from "node:path";
import {
  errorCount,
  formatPlanMarkdown,
  formatPlanScript,
  hasChanges,
  loadWorkspace,
  planReport,
} from "@karma/core";
import { CliError, usageExitCode } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { colorsFor } from "../colors.ts";
import type { Command } from "../command.ts";
import { formatIssues } from "../format-issues.ts";
import { planToJson } from "../format-plan-json.ts";
import { formatPlanText } from "../format-plan-text.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseCommandArgs } from "../parse-command-args.ts";

const usage = `Usage: karma plan [dir] --base <git-ref|dir> [--with <dir>]... [--env <env>]
                  [--format <format>]

Compare the repository with what is deployed (the base) and print what deploying it
would do: create, update or delete per component with the changed fields, in dependency
waves (destroys first, dependents before what they depend on), and the unchanged
components downstream whose inputs may change.

Arguments:
  dir                  the repository (default: the current directory)

Options:
  --base <ref|dir>     the deployed state: a folder when one exists at that path, else a
                       git ref (origin/main, a tag, a commit) of the git repository that
                       holds dir, read from git without touching the working tree
  --with <dir>         another repository of the workspace (repeatable; added to those
                       listed in dir's .karma/workspace.json): not planned, but references
                       resolve into it and consequences reach it; --base is dir's only
  --env <env>          one environment only (default: every environment)
  --format <format>    text (default), markdown (a pull-request comment), json (see
                       PLAN-JSON.md) or script (the ./scripts/deploy.sh commands in order)
  -h, --help           show this help

Exit status: 0 without changes, 2 with changes (like --detailed-exitcode), 1 for
errors: a plan that cannot be deployed (a deleted component still referenced), errors
in the repository, bad arguments, or a base that cannot be read.
`;

const formats = ["text", "markdown", "json", "script"] as const;
type Format = (typeof formats)[number];

/** Exit statuses; 2 means "there are changes", so every error is 1, usage errors included. */
const exitCodes = { noChanges: 0, error: 1, changes: 2 } as const;

export const planCommand: Command = {
  name: "plan",
  summary: "show what deploying the repository over a base would do, in order",
  usage,
  async run(args, io) {
    try {
      return await plan(args, io);
    } catch (error) {
      if (error instanceof CliError && error.exitCode === usageExitCode) {
        throw new CliError(error.message, exitCodes.error, error.hint);
      }
      throw error;
    }
  },
};

async function plan(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      base: { type: "string" },
      with: { type: "string", multiple: true },
      env: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h" },
    },
    usage,
  );
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (positionals.length > 1) throw usageError("expected at most one directory");
  if (values.base === undefined) throw usageError("missing --base <git-ref|dir>");
  // an unset CI variable (`--base "$BASE"`) must not quietly mean the current folder
  if (values.base.trim() === "") throw usageError("--base is empty: give a git ref or a folder");
  const format = values.format;
  if (!isFormat(format)) {
    throw usageError(`unknown format "${format}" (formats: ${formats.join(", ")})`);
  }

  const dir = resolve(io.cwd, positionals[0] ?? ".");
  const { workspace: desired, repositories } = await openWorkspace(dir, { with: values.with }, io);
  // git and the base reader load only here, so other commands start faster
  const { readPlanBase } = await import("../read-plan-base.ts");
  const base = await readPlanBase(values.base, dir, io);
  const baseline = loadWorkspace(base.files, { notRead: base.notRead });
  const env = values.env;
  if (env !== undefined) assertKnownEnvironment(env, [baseline.environments, desired.environments]);

  const report = planReport({
    base: values.base,
    baseCommit: base.commit,
    env: env ?? null,
    baseline,
    desired,
    repositories,
  });

  if (format === "json") io.stdout.write(`${JSON.stringify(planToJson(report), null, 2)}\n`);
  else if (format === "markdown") io.stdout.write(formatPlanMarkdown(report));
  else if (format === "text") io.stdout.write(formatPlanText(report, colorsFor(io)));
  else {
    io.stdout.write(formatPlanScript(report));
    // the script must stay runnable, so its errors go to stderr
    const stderrColors = colorsFor({ ...io, stdout: io.stderr });
    if (report.issues.length > 0) io.stderr.write(formatIssues(report.issues, stderrColors));
  }

  if (errorCount(report) > 0) return exitCodes.error;
  return hasChanges(report.plan) ? exitCodes.changes : exitCodes.noChanges;
}

function usageError(message: string): CliError {
  return new CliError(message, exitCodes.error, usage);
}

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}

function assertKnownEnvironment(env: string, lists: readonly string[][]): void {
  const known = [...new Set(lists.flat())].sort();
  if (known.includes(env)) return;
  throw new CliError(
    `unknown environment "${env}" (environments: ${known.length > 0 ? known.join(", ") : "none"})`,
    exitCodes.error,
  );
}
