import { promoteComponent } from "@karma/core";
import { selectWorkspace } from "../store/selectors.ts";
import type { Command } from "./command.ts";

export interface PromoteArgs {
  id: string;
  from: string;
  to: string;
}

/** Copies a component's config from one environment to another (core `promoteComponent`). */
export const promoteCommand: Command<PromoteArgs> = {
  id: "promote",
  label: ({ id, from, to }) => `Promote ${id} from ${from} to ${to}`,
  run: (state, { id, from, to }) =>
    promoteComponent(state.files, selectWorkspace(state), id, from, to),
};
