import type { JsonObject, TypeDefinition } from "@karma/core";

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
