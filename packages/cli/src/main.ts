import { CliError, usageExitCode } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import type { Command } from "./command.ts";
import { driftCommand } from "./commands/drift.ts";
import { graphCommand } from "./commands/graph.ts";
import { logCommand } from "./commands/log.ts";
import { planCommand } from "./commands/plan.ts";
import { schemaCommand } from "./commands/schema.ts";
import { createServeCommand } from "./commands/serve.ts";
import { validateCommand } from "./commands/validate.ts";
import type { Installation } from "./installation.ts";
import { terminalOutput } from "./terminal-output.ts";

const usage = (commands: readonly Command[]) => `Usage: karma <command> [options]

Karma reads a config repository (account_environments/*.json and
iac/<env>/<type>/<nickname>/config.json) and works on its components.

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run "karma <command> --help" for the options of a command, "karma --version" for the version.
`;

/** Runs `karma <argv>` and returns the exit code; nothing here calls process.exit. */
export async function main(
  argv: string[],
  outside: CliIo,
  installation: Installation,
): Promise<number> {
  // every word printed passes one gate: strings from repositories reach no terminal raw
  const io = {
    ...outside,
    stdout: terminalOutput(outside.stdout),
    stderr: terminalOutput(outside.stderr),
  };
  const commands: readonly Command[] = [
    validateCommand,
    graphCommand,
    planCommand,
    logCommand,
    driftCommand,
    createServeCommand({ distDir: installation.appDir }),
    schemaCommand,
  ];
  try {
    if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
      io.stdout.write(`${installation.version}\n`);
      return 0;
    }
    return await dispatch(commands, argv, io);
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

async function dispatch(commands: readonly Command[], argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = args[0] === undefined ? undefined : findCommand(commands, args[0]);
    io.stdout.write(topic ? topic.usage : usage(commands));
    return 0;
  }
  if (name === undefined) throw new CliError("missing command", usageExitCode, usage(commands));
  return findCommand(commands, name).run(args, io);
}

function findCommand(commands: readonly Command[], name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  const what = name.startsWith("-") ? "option" : "command";
  throw new CliError(`unknown ${what} "${name}"`, usageExitCode, usage(commands));
}
