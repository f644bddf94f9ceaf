import { duplicateComponents } from "@karma/core";
import { selectShownPositions, selectWorkspace } from "../store/selectors.ts";
import { type Command, refused } from "./command.ts";

/**
 * Duplicates components of the shown environment (core `duplicateComponents`): same config
 * text, a new unique nickname, placed a little below and right. The copies become the selection.
 */
export const duplicateCommand: Command<{ ids: readonly string[] }> = {
  id: "duplicate",
  label: ({ ids }, state) => {
    const made = duplicate(state, ids);
    const copies = made.ok ? made.duplicates : [];
    return copies.length === 1
      ? `Duplicate ${copies[0]!.original} as ${copies[0]!.copy}`
      : `Duplicate ${copies.length} components`;
  },
  run(state, { ids }) {
    const made = duplicate(state, ids);
    if (!made.ok) return made;
    const copies = made.duplicates.map(({ copy }) => copy);
    if (copies.length === 0) return { ok: true, files: made.files };
    return { ok: true, files: made.files, select: copies.at(-1)!, alsoSelect: copies.slice(0, -1) };
  },
};

function duplicate(state: Parameters<Command<unknown>["run"]>[0], ids: readonly string[]) {
  if (state.env === null) return refused("no environment is shown") as { ok: false; error: string };
  return duplicateComponents(state.files, selectWorkspace(state), {
    env: state.env,
    ids,
    positions: selectShownPositions(state),
  });
}
