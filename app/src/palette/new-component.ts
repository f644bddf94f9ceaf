import type { JsonObject, TypeDefinition, Workspace } from "@karma/core";

/**
 * A nickname no component of `type` in `env` has (ignoring case, as some file systems do):
 * `<base>-1`, `<base>-2`, …
 */
export function uniqueNickname(
  workspace: Workspace,
  env: string,
  type: string,
  base = type,
): string {
  const taken = new Set(
    workspace.components
      .filter((component) => component.env === env && component.type === type)
      .map((component) => component.nickname.toLowerCase()),
  );
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * The config of a new component: every required key that has a literal default. Required keys
 * without one are left out, so validation asks for them.
 */
export function newConfig(definition: TypeDefinition): JsonObject {
  const config: JsonObject = {};
  for (const [key, field] of Object.entries(definition.fields)) {
    if (field.required && field.default !== undefined) config[key] = structuredClone(field.default);
  }
  return config;
}
