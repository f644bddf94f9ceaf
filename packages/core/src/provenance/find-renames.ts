import type { Component } from "../repo/workspace.ts";

export interface Rename {
  from: Component;
  to: Component;
}

/**
 * The deleted components that reappear under another nickname with the very same config text:
 * a file moved, not a component destroyed and another made. Only within a type (a new type is
 * a new resource) and between readable files; ties pair in the order given.
 */
export function findRenames(
  deleted: readonly Component[],
  created: readonly Component[],
): Rename[] {
  const waiting = new Map<string, Component[]>();
  for (const component of created) {
    if (component.config === null) continue;
    const key = renameKey(component);
    const list = waiting.get(key);
    if (list) list.push(component);
    else waiting.set(key, [component]);
  }
  const renames: Rename[] = [];
  for (const from of deleted) {
    if (from.config === null) continue;
    const to = waiting.get(renameKey(from))?.shift();
    if (to) renames.push({ from, to });
  }
  return renames;
}

function renameKey(component: Component): string {
  return `${component.type}\u0000${component.document.text}`;
}
