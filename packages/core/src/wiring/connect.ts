import type { Catalog } from "../catalog/catalog.ts";
import { referenceAt, siblingPath } from "../catalog/key-pattern.ts";
import { type EditResult, editError } from "../edit/edit-result.ts";
import { setConfigValue } from "../edit/set-config-value.ts";
import type { FileMap } from "../json.ts";
import { componentId } from "../repo/component-id.ts";
import { matchValue, type ReferenceSlot, type WiringComponent } from "./reference-slots.ts";

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
    const id = componentId(provider.type, provider.nickname);
    return editError(`${id} has no value for ${slot.key} to match`);
  }
  let next = files;
  if (slot.reference.kind === "type-nickname") {
    const typePath = siblingPath(slot.path, slot.reference.typeKey);
    const result = setConfigValue(next, file, typePath, provider.type);
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
  const definition = catalog.types.get(type);
  const reference = definition && referenceAt(definition, path);
  if (!reference) return editError(`${type} has no reference at ${key}`);
  const result = setConfigValue(files, file, path, undefined);
  if (!result.ok) return result;
  if (result.files === files && reference.kind === "nickname" && reference.defaultToOwnNickname) {
    return editError(
      `${key} is not set: ${type} reads the ${reference.target} with its own nickname; set ${key} to point elsewhere`,
    );
  }
  if (reference.kind !== "type-nickname") return result;
  return setConfigValue(result.files, file, siblingPath(path, reference.typeKey), undefined);
}
