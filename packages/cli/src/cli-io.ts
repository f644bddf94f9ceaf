/** Where a stream of text goes: `process.stdout` or a buffer in tests. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
}

/** The outside world a command sees, passed in so tests run the CLI in-process. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  /** Environment variables (`NO_COLOR`); `process.env` when absent. */
  env?: Record<string, string | undefined> | undefined;
}
