import type { StoreApi } from "zustand/vanilla";
import type { ShownCommit } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { diffFiles, hasChanges } from "../store/history/file-changes.ts";
import { type Command, type CommandResult, refused } from "./command.ts";

export type CommandOutcome = { ok: true; changed: boolean } | { ok: false; error: string };

/**
 * Runs a command as one step of the history: the files it changed (before and after) with the
 * selection before and after. A refusal changes nothing and is reported one way, as a notice
 * (`quiet`: the caller shows it in place instead, as a form does under its field).
 */
export function runCommand<Args>(
  store: StoreApi<EditorStore>,
  command: Command<Args>,
  args: Args,
  { quiet = false } = {},
): CommandOutcome {
  const state = store.getState();
  const label = command.label(args, state);
  const result =
    state.shownCommit === null ? command.run(state, args) : readOnly(state.shownCommit);
  if (!result.ok) {
    if (!quiet)
      state.notify({ tone: "error", title: `Can't ${lowerFirst(label)}.`, lines: [result.error] });
    return result;
  }
  if (result.place) state.place(result.place.env, result.place.positions);
  const selection = result.select === undefined ? state.selection : result.select;
  const changes = diffFiles(state.files, result.files);
  const changed = hasChanges(changes);
  if (changed) {
    state.commit(
      {
        label,
        changes,
        selectionBefore: { env: state.env, id: state.selection },
        selectionAfter: { env: state.env, id: selection },
      },
      result.files,
    );
  }
  if (result.select !== undefined || result.alsoSelect !== undefined) {
    store.getState().selectNodes(selection, result.alsoSelect ?? []);
  }
  return { ok: true, changed };
}

/** While the Timeline shows a commit, the document waits as it was. */
function readOnly(commit: ShownCommit): CommandResult {
  return refused(
    `The timeline shows ${commit.sha.slice(0, 7)}, read-only: go back to now to edit.`,
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
