import type { Component, Workspace } from "@karma/core";

const byKey = new WeakMap<Workspace, Map<string, Component>>();

/** The component `id` of environment `env`, found through a map built once per workspace. */
export function componentOf(workspace: Workspace, env: string, id: string): Component | undefined {
  let map = byKey.get(workspace);
  if (!map) {
    map = new Map(
      workspace.components.map((component) => [`${component.env}:${component.id}`, component]),
    );
    byKey.set(workspace, map);
  }
  return map.get(`${env}:${id}`);
}
