import { validateWorkspace } from "@karma/core";
import { usageError } from "../cli-error.ts";
import { colorsFor } from "../colors.ts";
import type { Command } from "../command.ts";
import { formatIssues, formatSummary } from "../format-issues.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseCommandArgs } from "../parse-command-args.ts";

const usage = `Usage: karma validate [dir] [--env <env>] [--json]

Check a config repository: JSON syntax, config keys against each component type,
references between components, dependency cycles, duplicates and unknown types.

Arguments:
  dir              the repository (default: the current directory)

Options:
  --env <env>      check one environment only
  --json           print {"components", "environments", "issues"} as JSON
  -h, --help       show this help

Exit status: 0 without errors (warnings and notes allowed), 1 with errors,
2 for bad arguments or a directory that cannot be read.
`;

export const validateCommand: Command = {
  name: "validate",
  summary: "check a config repository and list its issues",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
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

    const { workspace, environments } = await openWorkspace(positionals[0], values.env, io);
    const issues = validateWorkspace(workspace, { env: values.env });
    const components = workspace.components.filter((c) => environments.includes(c.env)).length;
    const exitCode = issues.some((issue) => issue.severity === "error") ? 1 : 0;

    if (values.json) {
      io.stdout.write(`${JSON.stringify({ components, environments, issues }, null, 2)}\n`);
      return exitCode;
    }
    const report = formatIssues(issues, colorsFor(io));
    io.stdout.write(
      `${report}${report ? "\n" : ""}${formatSummary({ components, environments, issues })}\n`,
    );
    return exitCode;
  },
};
