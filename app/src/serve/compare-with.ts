import type { StoreApi } from "zustand/vanilla";
import type { EditorState } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { isServed } from "./save-to-server.ts";
import { serveApi } from "./serve-api.ts";
import { servedToken } from "./served-token.ts";

/** Why "Compare with…" cannot work for this repository, or null when it can. */
export function compareUnavailable(state: Pick<EditorState, "source">): string | null {
  return isServed(state)
    ? null
    : "Comparing with a commit reads the repository's git history: open it with karma serve (npx karma serve <folder>) from a git repository. A folder or a .zip opened here has no history.";
}

// the last request per editor wins: an earlier answer that arrives late is dropped
const latest = new WeakMap<StoreApi<EditorStore>, number>();

/**
 * "Compare with…": the plan shows everything since `ref` (a commit, branch or tag of the served
 * repository) instead of since the files were opened; null goes back to the opened files. A
 * view only: the document, its baseline and what Save writes stay as they are.
 */
export async function compareWith(store: StoreApi<EditorStore>, ref: string | null): Promise<void> {
  const request = (latest.get(store) ?? 0) + 1;
  latest.set(store, request);
  const asked = store.getState();
  if (ref === null) {
    asked.setCompareBase(null);
    return;
  }
  const token = servedToken();
  const unavailable = compareUnavailable(asked);
  if (unavailable !== null || token === null) throw new Error(unavailable ?? "not served");
  const at = await serveApi(token).readFilesAt(ref);
  const now = store.getState();
  if (latest.get(store) !== request || now.source !== asked.source) return;
  now.setCompareBase({ ref, commit: at.commit, files: at.files });
  if (at.problems.length > 0) {
    now.notify({
      tone: "info",
      title: `Compared with ${ref}: ${at.problems.length} file${at.problems.length === 1 ? "" : "s"} of that commit could not be read and count as absent.`,
      lines: at.problems,
    });
  }
}
