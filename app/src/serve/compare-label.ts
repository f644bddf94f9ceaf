import type { CompareBase } from "../state/editor-state.ts";

/** "HEAD~2 (1a2b3c4)", or the short commit alone when the ref was a commit id. */
export function compareLabel({ ref, commit }: CompareBase): string {
  const short = commit.slice(0, 7);
  return commit.startsWith(ref.toLowerCase()) ? short : `${ref} (${short})`;
}
