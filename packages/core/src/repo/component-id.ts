/** A component's id, unique within its environment: `<type>/<nickname>` (`vpc/main`). */
export function componentId(type: string, nickname: string): string {
  return `${type}/${nickname}`;
}

/**
 * The type and nickname of a component id, or null when it has no slash. The type ends at the
 * first slash and the rest is the nickname: the id of an external node comes from config values,
 * so either part may be empty and the nickname may hold slashes of its own.
 */
export function parseComponentId(id: string): { type: string; nickname: string } | null {
  const slash = id.indexOf("/");
  if (slash < 0) return null;
  return { type: id.slice(0, slash), nickname: id.slice(slash + 1) };
}

/** Where a component lives: `iac/<env>/<type>/<nickname>/config.json`. */
export function componentFile(env: string, type: string, nickname: string): string {
  return `iac/${env}/${type}/${nickname}/config.json`;
}
