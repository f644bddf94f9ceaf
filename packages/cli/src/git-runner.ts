import { runGit } from "./run-git.ts";

/** Runs git and gives its standard output, or throws what `fail` makes of git's complaint. */
export type Git = (
  args: string[],
  cwd: string,
  options?: { input?: string; whyEmpty?: string },
) => Promise<Buffer>;

/**
 * A `Git` whose failures become `fail(reason)`: git's first message line without its `fatal:`
 * label, `whyEmpty` when git said nothing, or why git could not start.
 */
export function gitRunner(fail: (reason: string) => Error): Git {
  return async (args, cwd, options = {}) => {
    const result = await runGit(args, cwd, options.input).catch((error: NodeJS.ErrnoException) => {
      throw fail(
        error.code === "ENOENT" ? "git is not installed or not on the PATH" : error.message,
      );
    });
    if (result.code !== 0)
      throw fail(gitMessage(result.stderr) ?? options.whyEmpty ?? "git failed");
    return result.stdout;
  };
}

/** git's first message line without its `fatal:` / `error:` label. */
function gitMessage(stderr: string): string | undefined {
  const line = stderr
    .split("\n")
    .map((text) => text.trim())
    .find((text) => text !== "");
  return line?.replace(/^(fatal|error): /, "");
}
