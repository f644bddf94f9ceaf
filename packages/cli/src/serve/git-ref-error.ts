/** Longer refs are refused: no branch, tag or `HEAD~2` needs more. */
const maxRefLength = 256;

/**
 * Why a git ref from a client is refused, or null. A ref names a commit of the served
 * repository's git and nothing else: never an option (`-…`), a range or a path out (`..`), a
 * file inside a tree or a search (`:`), a pattern, spaces or control characters.
 */
export function gitRefError(ref: string): string | null {
  if (ref === "") return "the ref is empty";
  if (ref.length > maxRefLength) return `the ref is longer than ${maxRefLength} characters`;
  if (ref.startsWith("-")) return "a ref cannot start with '-'";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (/[\u0000-\u0020\u007f-\u009f]/.test(ref)) {
    return "a ref cannot hold spaces or control characters";
  }
  if (ref.includes("..")) return "a ref cannot hold '..'";
  if (/[:\\*?[]/.test(ref)) return "a ref cannot hold ':', '\\', '*', '?' or '['";
  return null;
}
