import { type LayoutPositions, placeComponents } from "@karma/core";
import type { Command } from "./command.ts";

export interface PositionsArgs {
  env: string;
  positions: LayoutPositions;
}

/**
 * Moves components: their positions are saved in `.karma/layout/<env>.json`, with the automatic
 * positions of the others shown, so they stay beside the moved ones (core `placeComponents`).
 */
export const moveCommand: Command<PositionsArgs> = {
  id: "move",
  label: ({ positions }) => {
    const ids = Object.keys(positions);
    return ids.length === 1 ? `Move ${ids[0]}` : `Move ${ids.length} components`;
  },
  run: (state, { env, positions }) =>
    placeComponents(state.files, { env, positions, mode: "merge", automatic: state.placed[env] }),
};

/** Auto layout: the positions the layout worker computed replace the shown ones. */
export const autoLayoutCommand: Command<PositionsArgs> = {
  id: "auto-layout",
  label: () => "Auto layout",
  run: (state, { env, positions }) =>
    placeComponents(state.files, { env, positions, mode: "replace" }),
};
