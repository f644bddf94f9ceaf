/**
 * `karma graph … | head`: the reader may close the pipe before the output is written. That is not
 * an error of the command, so the rest of the output is dropped quietly and the command keeps its
 * own exit code (a failed validation still fails under `set -o pipefail`). Any other write error is
 * still thrown.
 */
export function ignoreClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
