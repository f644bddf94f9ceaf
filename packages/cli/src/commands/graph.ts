import { buildGraph, formatMermaid } from "@karma/core";
import { usageError } from "../cli-error.ts";
import type { Command } from "../command.ts";
import { formatDot } from "../format-dot.ts";
import { graphToJson } from "../format-graph-json.ts";
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
    return 0;
  },
};

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}
