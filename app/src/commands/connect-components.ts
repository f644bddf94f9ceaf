import { connect, type ReferenceSlot } from "@karma/core";
import { componentOf } from "../model/component-of.ts";
import { selectWorkspace } from "../store/selectors.ts";
import { type Command, refused } from "./command.ts";

export interface ConnectArgs {
  dependent: string;
  provider: string;
  /** The key of the dependent that will name the provider. */
  slot: ReferenceSlot;
}

/** Makes a component of the shown environment reference another: writes the reference key. */
export const connectCommand: Command<ConnectArgs> = {
  id: "connect",
  label: ({ dependent, provider, slot }) => `Connect ${dependent} → ${provider} (${slot.key})`,
  run(state, { dependent, provider, slot }) {
    const workspace = selectWorkspace(state);
    const env = state.env ?? "";
    const from = componentOf(workspace, env, dependent);
    const to = componentOf(workspace, env, provider);
    if (!from) return refused(`${dependent} has no config file in ${env} to write to`);
    if (!to) return refused(`${provider} is not a component of ${env}`);
    return connect(state.files, { file: from.file, slot, provider: to });
  },
};
