import { isServed } from "../serve/save-to-server.ts";
import type { EditorState } from "../state/editor-state.ts";

/** Why the Timeline cannot work for this repository, or null when it can. */
export function timelineUnavailable(state: Pick<EditorState, "source">): string | null {
  return isServed(state)
    ? null
    : "The timeline steps through the repository's git history: open it with karma serve (npx karma serve <folder>) from a git repository. A folder or a .zip opened here has no history.";
}
