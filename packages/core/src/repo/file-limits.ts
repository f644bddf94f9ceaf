/**
 * Limits on what Karma reads from a repository: generous for any real config (the largest real
 * config files are a few KiB, nested a few levels), small enough that hostile input cannot exhaust
 * memory or the call stack.
 */

/** The largest file Karma reads: 4 MiB. */
export const maxFileBytes = 4 * 1024 * 1024;

/** The deepest nesting of objects and arrays Karma reads in a JSON file. */
export const maxJsonDepth = 64;

/** "is 600.0 MiB, over the 4 MiB limit of a file Karma reads": the reason a file was not read. */
export function tooLargeMessage(bytes: number): string {
  return `is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over the ${maxFileBytes / 1024 / 1024} MiB limit of a file Karma reads`;
}

/**
 * The offset of the first `{` or `[` that opens a level deeper than `limit`, or -1. A plain scan
 * of the text (strings skipped), so it is safe on any input, valid JSON or not.
 */
export function excessiveNesting(text: string, limit = maxJsonDepth): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}
