import type { FileMap } from "@karma/core";

/** A file's version as `karma serve` computes it: the SHA-256 of its UTF-8 text, in hex. */
export async function versionOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The version read of every changed path: its text in the baseline (the files as last read
 * from or written to disk), or null for a file the baseline does not have. Derived from the
 * baseline, so restored work and later saves are checked against what they were based on.
 */
export async function versionsFor(
  changes: Record<string, string | null>,
  baseline: FileMap,
): Promise<Record<string, string | null>> {
  const paths = Object.keys(changes);
  const versions = await Promise.all(
    paths.map((path) => (Object.hasOwn(baseline, path) ? versionOf(baseline[path]!) : null)),
  );
  return Object.fromEntries(paths.map((path, index) => [path, versions[index] ?? null]));
}
