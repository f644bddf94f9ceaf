import { matchValue } from "@karma/core";
import { componentOf } from "../model/component-of.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectWorkspace } from "../store/selectors.ts";
import { orientConnection } from "./wire.ts";

/** What dropping the connection being dragged on component `id` would write, or why it cannot. */
export type ConnectionPreview = { ok: true; text: string } | { ok: false; text: string };

/**
 * The exact change a drop on `id` makes: `ecs-cluster/core.vpc_nickname = "vpc-1"`, said the
 * way the connection will be made (turned round when only the reverse can be written), or the
 * reason it is refused. Null while no connection is dragged or over its own start.
 */
export function previewConnection(state: EditorStore, id: string): ConnectionPreview | null {
  const start = state.connecting;
  if (!start || start.nodeId === id) return null;
  const [asDependent, asProvider] =
    start.handleType === "source" ? [id, start.nodeId] : [start.nodeId, id];
  const { dependent, provider, checked } = orientConnection(state, asDependent, asProvider);
  if (!checked.ok) return { ok: false, text: checked.reason };
  const [slot, ...others] = checked.slots;
  if (others.length > 0) {
    const keys = checked.slots.map((candidate) => candidate.key).join(", ");
    return { ok: true, text: `${dependent} will name ${provider} in a key you choose: ${keys}` };
  }
  const target = componentOf(selectWorkspace(state), state.env ?? "", provider);
  const value = slot && target ? matchValue(slot.reference, target, slot.current) : null;
  return {
    ok: true,
    text: `${dependent}.${slot!.key} = ${value === null ? "?" : JSON.stringify(value)}`,
  };
}
