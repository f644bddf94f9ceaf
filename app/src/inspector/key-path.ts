import type { ReferenceDefinition, TypeDefinition } from "@karma/core";

export type KeyPath = readonly (string | number)[];

/** The `name` of a field: its config key path with dots (DESIGN.md section 4). */
export function pathName(path: KeyPath): string {
  return path.join(".");
}

/** Whether a catalog key pattern (`functions.*.vpc_nickname`) names this concrete path. */
export function matchesKeyPattern(pattern: string, path: KeyPath): boolean {
  const segments = pattern.split(".");
  return (
    segments.length === path.length &&
    segments.every((segment, index) => segment === "*" || segment === String(path[index]))
  );
}

/** The reference of a type whose value sits at `path`, if any (the nickname key of a type + nickname pair). */
export function referenceAt(
  definition: TypeDefinition,
  path: KeyPath,
): ReferenceDefinition | undefined {
  return definition.references.find((reference) =>
    matchesKeyPattern(
      reference.kind === "type-nickname" ? reference.nicknameKey : reference.key,
      path,
    ),
  );
}
