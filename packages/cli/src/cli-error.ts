/** A failure meant for people: printed as `karma: <message>` and turned into an exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  /** Printed after the message (the usage of the command that was misused). */
  readonly hint: string | undefined;

  constructor(message: string, exitCode: number, hint?: string) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** Exit code for bad arguments or an unreadable repository. */
export const usageExitCode = 2;

export function usageError(message: string, usage?: string): CliError {
  return new CliError(message, usageExitCode, usage);
}
