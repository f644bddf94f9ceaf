import type { Catalog } from "../catalog/catalog.ts";
import type { ReferenceDefinition } from "../catalog/type-definition.ts";
import { type EditResult, editError } from "../edit/edit-result.ts";
import { setConfigValue } from "../edit/set-config-value.ts";
import type { FileMap } from "../json.ts";
import {
  matchValue,
  type ReferenceSlot,
  referenceKey,
  type WiringComponent,
} from "./reference-slots.ts";

export interface Connection {
  /** The dependent's config file. */
  file: string;
  /** A slot from `referenceSlots` for this dependent and provider. */
  slot: ReferenceSlot;
  provider: WiringComponent;
}

/**
 * Writes a reference from the dependent to the provider into one slot, changing only that value
 * (and, for a type + nickname pair, its type key).
 */
export function connect(files: FileMap, { file, slot, provider }: Connection): EditResult {
  const value = matchValue(slot.reference, provider, slot.current);
  if (value === null) {
    return editError(`${provider.type}/${provider.nickname} has no value for ${slot.key} to match`);
  }
  let next = files;
  if (slot.reference.kind === "type-nickname") {
    const typeLeaf = slot.reference.typeKey.split(".").at(-1)!;
    const result = setConfigValue(next, file, [...slot.path.slice(0, -1), typeLeaf], provider.type);
    if (!result.ok) return result;
    next = result.files;
  }
  return setConfigValue(next, file, slot.path, value);
}

export interface Disconnection {
  file: string;
  /** The dependent's type, whose definition says what the key is. */
  type: string;
  /** The key path of the graph edge (`functions.echo.vpc_nickname`). */
  key: string;
}

/**
 * Clears the reference held at `key`: removes the key (and the type key of a type + nickname
 * pair), so the component falls back to what its type does without it. A reference by the
 * component's own nickname is not written anywhere, so there is nothing to clear.
 */
export function disconnect(
  catalog: Catalog,
  files: FileMap,
  { file, type, key }: Disconnection,
): EditResult {
  const path = key.split(".");
  const reference = catalog.types
    .get(type)
    ?.references.find((candidate) => patternMatches(referenceKey(candidate), path));
  if (!reference) return editError(`${type} has no reference at ${key}`);
  const result = setConfigValue(files, file, path, undefined);
  if (!result.ok) return result;
  if (result.files === files && reference.kind === "nickname" && reference.defaultToOwnNickname) {
    return editError(
      `${key} is not set: ${type} reads the ${reference.target} with its own nickname; set ${key} to point elsewhere`,
    );
  }
  if (reference.kind !== "type-nickname") return result;
  return removeTypeKey(result.files, file, reference, path);
}

function removeTypeKey(
  files: FileMap,
  file: string,
  reference: Extract<ReferenceDefinition, { kind: "type-nickname" }>,
  path: string[],
): EditResult {
  const typeLeaf = reference.typeKey.split(".").at(-1)!;
  return setConfigValue(files, file, [...path.slice(0, -1), typeLeaf], undefined);
}

function patternMatches(pattern: string, path: string[]): boolean {
  const segments = pattern.split(".");
  return (
    segments.length === path.length &&
    segments.every((segment, i) => segment === "*" || segment === path[i])
  );
}
