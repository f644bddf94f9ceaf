import { CliError, usageExitCode } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import type { Command } from "./command.ts";
import { driftCommand } from "./commands/drift.ts";
import { graphCommand } from "./commands/graph.ts";
import { planCommand } from "./commands/plan.ts";
import { schemaCommand } from "./commands/schema.ts";
import { serveCommand } from "./commands/serve.ts";
import { validateCommand } from "./commands/validate.ts";

const commands: readonly Command[] = [
  validateCommand,
  graphCommand,
  planCommand,
  driftCommand,
  serveCommand,
  schemaCommand,
];

const usage = `Usage: karma <command> [options]

Karma reads a config repository (account_environments/*.json and
iac/<env>/<type>/<nickname>/config.json) and works on its components.

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run "karma <command> --help" for the options of a command.
`;

/** Runs `karma <argv>` and returns the exit code; nothing here calls process.exit. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`karma: ${error.message}\n`);
      if (error.hint) io.stderr.write(`\n${error.hint}`);
      return error.exitCode;
    }
    io.stderr.write(`karma: unexpected error: ${error instanceof Error ? error.message : error}\n`);
    return 1;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = args[0] === undefined ? undefined : findCommand(args[0]);
    io.stdout.write(topic ? topic.usage : usage);
    return 0;
  }
  if (name === undefined) throw new CliError("missing command", usageExitCode, usage);
  return findCommand(name).run(args, io);
}

function findCommand(name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  const what = name.startsWith("-") ? "option" : "command";
  throw new CliError(`unknown ${what} "${name}"`, usageExitCode, usage);
}
