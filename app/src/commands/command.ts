import type { FileMap, LayoutPositions } from "@karma/core";
import type { EditorStore } from "../state/editor-store.ts";

/** What a command makes of the document, or why it cannot (a message for people). */
export type CommandResult =
  | {
      ok: true;
      /** The files after the command: the same map when it changes nothing. */
      files: FileMap;
      /** The component selected after it; the selection stays when absent. */
      select?: string | null;
      /** Also selected after it, besides `select`. */
      alsoSelect?: string[];
      /** Automatic positions for nodes the command creates or renames, by environment. */
      place?: { env: string; positions: LayoutPositions };
    }
  | { ok: false; error: string };

/**
 * One change to the document, whoever asks for it: a key, a button, a menu, the inspector or
 * `window.karma`. `run` is pure: it reads the state and returns the new files; `runCommand`
 * records them as one history step.
 */
export interface Command<Args> {
  id: string;
  /** The step in the history, in the imperative: "Connect ecs-cluster/core → vpc/main". */
  label(args: Args, state: EditorStore): string;
  run(state: EditorStore, args: Args): CommandResult;
}

export function refused(error: string): CommandResult {
  return { ok: false, error };
}
