import { buildGraph, formatMermaid, validateWorkspace } from "@karma/core";
import { usageError } from "../cli-error.ts";
import { colorsFor } from "../colors.ts";
import type { Command } from "../command.ts";
import { formatDot } from "../format-dot.ts";
import { graphToJson } from "../format-graph-json.ts";
import { formatIssues } from "../format-issues.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseCommandArgs } from "../parse-command-args.ts";

const usage = `Usage: karma graph [dir] [--env <env>] [--format json|mermaid|dot]

Print the dependency graph derived from the config: one node per component
(and per external component a reference points at), one edge per reference.

Arguments:
  dir                  the repository (default: the current directory)

Options:
  --env <env>          one environment only (default: every environment)
  --format <format>    json (default), mermaid (for a \`\`\`mermaid block) or dot (Graphviz)
  -h, --help           show this help

Exit status: 0 the graph is complete, 1 the repository has errors (listed on
stderr; the graph is printed but may miss what those files hold), 2 usage.
`;

const formats = ["json", "mermaid", "dot"] as const;
type Format = (typeof formats)[number];

export const graphCommand: Command = {
  name: "graph",
  summary: "print the dependency graph as JSON, Mermaid or DOT",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        env: { type: "string" },
        format: { type: "string", default: "json" },
        help: { type: "boolean", short: "h" },
      },
      usage,
    );
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    if (positionals.length > 1) throw usageError("expected at most one directory", usage);
    const format = values.format;
    if (!isFormat(format)) {
      throw usageError(`unknown format "${format}" (formats: ${formats.join(", ")})`, usage);
    }

    const { workspace, environments } = await openWorkspace(positionals[0], values.env, io);
    const graphs = environments.map((env) => buildGraph(workspace, env));
    if (format === "mermaid") io.stdout.write(formatMermaid(graphs));
    else if (format === "dot") io.stdout.write(formatDot(graphs));
    else io.stdout.write(`${JSON.stringify(graphToJson(graphs), null, 2)}\n`);
    // a graph of a repository with errors may miss edges: say which, and fail
    const errors = validateWorkspace(workspace, { env: values.env }).filter(
      (issue) => issue.severity === "error",
    );
    if (errors.length === 0) return 0;
    io.stderr.write(formatIssues(errors, colorsFor({ ...io, stdout: io.stderr })));
    io.stderr.write(
      `karma: the repository has ${errors.length === 1 ? "1 error" : `${errors.length} errors`}; the graph may be missing what those files hold\n`,
    );
    return 1;
  },
};

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}
