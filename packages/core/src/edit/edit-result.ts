import type { FileMap } from "../json.ts";

/**
 * What an edit returns: the repository after the edit, or why the edit cannot be made (a message
 * for people, naming the file and key). The input file map is never changed; on success `files`
 * is a new map, or the same map when the edit changes nothing.
 */
export type EditResult = { ok: true; files: FileMap } | { ok: false; error: string };

export function edited(files: FileMap): EditResult {
  return { ok: true, files };
}

export function editError(error: string): EditResult {
  return { ok: false, error };
}

/** An error in one file: `file:line:column: message` when the position is known. */
export function fileError(
  file: string,
  error: string,
  at?: { line: number; column: number },
): EditResult {
  return editError(`${file}${at ? `:${at.line}:${at.column}` : ""}: ${error}`);
}
