import type { CliIo } from "./cli-io.ts";

/** One `karma <name>` subcommand. */
export interface Command {
  name: string;
  /** One line for `karma --help`. */
  summary: string;
  /** The full `karma <name> --help` text. */
  usage: string;
  /** Returns the exit code; throws `CliError` for usage problems. */
  run(args: string[], io: CliIo): Promise<number>;
}
