import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { formatMermaid, type Graph, repositoriesGraph, validateRepositories } from "@karma/core";
import { usageError } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { colorsFor } from "../colors.ts";
import type { Command } from "../command.ts";
import { describeFsError } from "../describe-fs-error.ts";
import { formatDot } from "../format-dot.ts";
import { graphToJson } from "../format-graph-json.ts";
import { formatIssues } from "../format-issues.ts";
import { formatOpenCypher } from "../format-opencypher.ts";
import { openWorkspace } from "../open-workspace.ts";
import { parseCommandArgs } from "../parse-command-args.ts";

const usage = `Usage: karma graph [dir] [--with <dir>]... [--env <env>]
                   [--format json|mermaid|dot | --format opencypher --out <folder>]

Print the dependency graph derived from the config: one node per component
(and per external component a reference points at), one edge per reference.

Arguments:
  dir                  the repository (default: the current directory)

Options:
  --with <dir>         another repository of the workspace (repeatable): references that
                       do not resolve in a repository resolve in the others; added to those
                       listed in dir's .karma/workspace.json. JSON nodes then carry "repo"
  --env <env>          one environment only (default: every environment)
  --format <format>    json (default), mermaid (for a \`\`\`mermaid block), dot (Graphviz), or
                       opencypher: nodes.csv and relationships.csv for Amazon Neptune's bulk
                       loader or neo4j-admin database import, written to --out
  --out <folder>       where --format opencypher writes its files (created if missing)
  -h, --help           show this help

Exit status: 0 the graph is complete, 1 the repository has errors (listed on
stderr; the graph is printed but may miss what those files hold), 2 usage.
`;

// the formats that print; opencypher writes files, and the usage shown with the error lists it
const printed = ["json", "mermaid", "dot"] as const;
const formats = [...printed, "opencypher"] as const;
type Format = (typeof formats)[number];

export const graphCommand: Command = {
  name: "graph",
  summary: "print the dependency graph as JSON, Mermaid or DOT, or export it as CSV",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        with: { type: "string", multiple: true },
        env: { type: "string" },
        format: { type: "string", default: "json" },
        out: { type: "string" },
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
      throw usageError(`unknown format "${format}" (formats: ${printed.join(", ")})`, usage);
    }
    if (format === "opencypher" && !values.out) {
      throw usageError("--format opencypher writes files: give the folder with --out", usage);
    }
    if (format !== "opencypher" && values.out !== undefined) {
      throw usageError("--out is for --format opencypher; the other formats print", usage);
    }

    const { repositories, environments } = await openWorkspace(positionals[0], values, io);
    const graphs = environments.map((env) => repositoriesGraph(repositories, env));
    if (format === "mermaid") io.stdout.write(formatMermaid(graphs));
    else if (format === "dot") io.stdout.write(formatDot(graphs));
    else if (format === "opencypher")
      await writeOpenCypher(graphs, repositories[0]!.name, values.out!, io);
    else io.stdout.write(`${JSON.stringify(graphToJson(graphs), null, 2)}\n`);
    // a graph of a repository with errors may miss edges: say which, and fail
    const errors = validateRepositories(repositories, { env: values.env }).filter(
      (issue) => issue.severity === "error",
    );
    if (errors.length === 0) return 0;
    io.stderr.write(formatIssues(errors, colorsFor({ ...io, stdout: io.stderr })));
    const what = repositories.length > 1 ? "workspace" : "repository";
    io.stderr.write(
      `karma: the ${what} has ${errors.length === 1 ? "1 error" : `${errors.length} errors`}; the graph may be missing what those files hold\n`,
    );
    return 1;
  },
};

async function writeOpenCypher(
  graphs: readonly Graph[],
  repo: string,
  out: string,
  io: CliIo,
): Promise<void> {
  const folder = resolve(io.cwd, out);
  try {
    await mkdir(folder, { recursive: true });
    for (const [name, text] of Object.entries(formatOpenCypher(graphs, repo)))
      await writeFile(join(folder, name), text);
  } catch (error) {
    throw usageError(`cannot write to ${folder}: ${describeFsError(error)}`);
  }
  const nodes = graphs.reduce((sum, graph) => sum + graph.nodes.length, 0);
  const edges = graphs.reduce((sum, graph) => sum + graph.edges.length, 0);
  io.stdout.write(
    `${join(folder, "nodes.csv")}: ${nodes} nodes\n${join(folder, "relationships.csv")}: ${edges} relationships\n`,
  );
}

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}
