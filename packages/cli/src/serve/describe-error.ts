/**
 * An error in words for a client. A file system error keeps only its words: Node's message
 * also names the system call and the absolute paths on the server.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, syscall } = error as NodeJS.ErrnoException;
  if (code === undefined || syscall === undefined) return error.message;
  // "ENOENT: no such file or directory, open '/abs/path'"
  return /^[A-Z0-9_]+: ([^,]+),/.exec(error.message)?.[1] ?? code;
}
