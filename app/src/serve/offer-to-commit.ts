import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";
import { type GitStatus, serveApi } from "./serve-api.ts";

/**
 * After a save: offers to commit exactly the saved files, with `message` to start from, when
 * the served repository is in git (else there is nothing to offer, and nothing is said).
 */
export async function offerToCommit(
  store: StoreApi<EditorStore>,
  token: string,
  paths: string[],
  message: string,
): Promise<void> {
  const source = store.getState().source;
  let status: GitStatus;
  try {
    status = await serveApi(token).gitStatus();
  } catch {
    return;
  }
  const now = store.getState();
  if (now.source === source) now.offerCommit({ paths, message, ...status });
}
