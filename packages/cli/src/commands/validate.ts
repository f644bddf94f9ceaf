import { validateRepositories } from "@karma/core";
import { usageError } from "../cli-error.ts";
import { colorsFor } from "../colors.ts";
import type { Command } from "../command.ts";
import { formatIssues, formatSummary } from "../format-issues.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseCommandArgs } from "../parse-command-args.ts";

const usage = `Usage: karma validate [dir] [--with <dir>]... [--env <env>] [--json]

Check a config repository: JSON syntax, config keys against each component type,
references between components, dependency cycles, duplicates and unknown types.

Arguments:
  dir              the repository (default: the current directory)

Options:
  --with <dir>     another repository of the workspace (repeatable): references that
                   do not resolve in a repository resolve in the others; added to those
                   listed in dir's .karma/workspace.json
  --env <env>      check one environment only
  --json           print {"components", "environments", "issues"} as JSON
                   (and "repositories" with more than one)
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

    const { repositories, environments } = await openWorkspace(positionals[0], values, io);
    const issues = validateRepositories(repositories, { env: values.env });
    const components = repositories
      .flatMap((repository) => repository.workspace.components)
      .filter((c) => environments.includes(c.env)).length;
    const exitCode = issues.some((issue) => issue.severity === "error") ? 1 : 0;
    // one repository alone prints what it always did
    const names = repositories.length > 1 ? repositories.map((r) => r.name) : undefined;

    if (values.json) {
      const json = { components, environments, ...(names ? { repositories: names } : {}), issues };
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return exitCode;
    }
    const report = formatIssues(issues, colorsFor(io));
    const summary = formatSummary({ components, environments, issues, repositories: names });
    io.stdout.write(`${report}${report ? "\n" : ""}${summary}\n`);
    return exitCode;
  },
};
