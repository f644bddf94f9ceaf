import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { builtinCatalog, type Catalog, jsonSchemaFor, loadCatalog } from "@karma/core";
import { CliError, usageError } from "../cli-error.ts";
import type { CliIo } from "../cli-io.ts";
import { colorsFor } from "../colors.ts";
import type { Command } from "../command.ts";
import { describeFsError } from "../describe-fs-error.ts";
import { formatIssues } from "../format-issues.ts";
import { parseCommandArgs } from "../parse-command-args.ts";
import { readRepository } from "../read-repository.ts";

const usage = `Usage: karma schema [--out <dir>] [--repo <dir>]

Print a JSON Schema for the config.json of every component type, for editors
that validate hand-written config files.

Options:
  --out <dir>      write <dir>/<type>.schema.json files (the folder is created)
                   instead of printing one JSON object keyed by type
  --repo <dir>     include the repository's own types from <dir>/.karma/types/
  -h, --help       show this help
`;

export const schemaCommand: Command = {
  name: "schema",
  summary: "print or write a JSON Schema per component type",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        out: { type: "string" },
        repo: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      usage,
    );
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"`, usage);

    const { catalog, hasErrors } = await catalogFor(values.repo, io);
    const types = [...catalog.types.keys()].sort();
    if (values.out === undefined) {
      const schemas: Record<string, object> = {};
      for (const type of types) schemas[type] = jsonSchemaFor(catalog.types.get(type)!);
      io.stdout.write(`${JSON.stringify(schemas, null, 2)}\n`);
    } else {
      const out = resolve(io.cwd, values.out);
      await writeSchemas(out, types, catalog, io);
    }
    return hasErrors ? 1 : 0;
  },
};

async function catalogFor(repo: string | undefined, io: CliIo) {
  if (repo === undefined) return { catalog: builtinCatalog(), hasErrors: false };
  const { files, notRead } = await readRepository(resolve(io.cwd, repo));
  for (const entry of notRead)
    io.stderr.write(`karma: ${entry.severity}: ${entry.path}: ${entry.message}\n`);
  const { catalog, issues } = loadCatalog(files);
  if (issues.length > 0) io.stderr.write(`${formatIssues(issues, colorsFor(io))}\n`);
  return { catalog, hasErrors: issues.some((issue) => issue.severity === "error") };
}

async function writeSchemas(out: string, types: string[], catalog: Catalog, io: CliIo) {
  try {
    await mkdir(out, { recursive: true });
    for (const type of types) {
      const file = join(out, `${type}.schema.json`);
      const schema = jsonSchemaFor(catalog.types.get(type)!);
      await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
      io.stdout.write(`wrote ${relative(io.cwd, file) || file}\n`);
    }
  } catch (error) {
    throw new CliError(`cannot write schemas to ${out}: ${describeFsError(error)}`, 1);
  }
}
