import type { Catalog } from "../catalog/catalog.ts";
import { hasWildcard, referenceKeyPattern, writableKeyPaths } from "../catalog/key-pattern.ts";
import type { ReferenceDefinition } from "../catalog/type-definition.ts";
import type { ReferenceKind } from "../graph/graph.ts";
import { type JsonObject, ownValue } from "../json.ts";
import { componentId } from "../repo/component-id.ts";

/** A component as wiring sees it: what it is and what its config says. */
export interface WiringComponent {
  type: string;
  nickname: string;
  /** Null when the config file is not a JSON object. */
  config: JsonObject | null;
}

/** One concrete config key of the dependent that can hold a reference to the provider. */
export interface ReferenceSlot {
  /** Key path with dots, as graph edges name it (`functions.echo.vpc_nickname`). */
  key: string;
  path: string[];
  kind: ReferenceKind;
  reference: ReferenceDefinition;
  /** What the key holds now (a nickname, zone name or path), or null when it is empty. */
  current: string | null;
}

export type SlotsResult = { ok: true; slots: ReferenceSlot[] } | { ok: false; reason: string };

/**
 * The keys of `dependent`'s config that may reference `provider`, following the dependent
 * type's definition: every reference kind of catalog/README.md, nested entries expanded to the
 * entries the config has. When none fits, the reason is a sentence for people.
 */
export function referenceSlots(
  catalog: Catalog,
  dependent: WiringComponent,
  provider: WiringComponent,
): SlotsResult {
  const name = componentId(dependent.type, dependent.nickname);
  if (dependent.type === provider.type && dependent.nickname === provider.nickname) {
    return { ok: false, reason: `${name} cannot depend on itself.` };
  }
  const definition = catalog.types.get(dependent.type);
  if (!definition) {
    return { ok: false, reason: `${dependent.type} is not a known type, so it reads nothing.` };
  }
  if (!dependent.config) {
    return { ok: false, reason: `${name} has a config that is not a JSON object; fix it first.` };
  }
  const accepting = definition.references.filter(
    (reference) => reference.target === "*" || reference.target === provider.type,
  );
  if (accepting.length === 0) {
    return {
      ok: false,
      reason: noReferenceReason(dependent.type, definition.references, provider),
    };
  }
  const slots: ReferenceSlot[] = [];
  const empty: string[] = [];
  for (const reference of accepting) {
    const pattern = referenceKeyPattern(reference);
    const paths = writableKeyPaths(dependent.config, pattern);
    if (paths.length === 0) empty.push(pattern.split(".*")[0]!);
    for (const { path, value } of paths) {
      slots.push({
        key: path.join("."),
        path,
        kind: hasWildcard(pattern) ? "nested" : reference.kind,
        reference,
        current: typeof value === "string" && value !== "" ? value : null,
      });
    }
  }
  if (slots.length === 0) {
    const maps = [...new Set(empty)].join(" or ");
    return {
      ok: false,
      reason: `${name} has no entries in ${maps} yet; add one to reference a ${provider.type}.`,
    };
  }
  const matchable = slots.filter((slot) => matchValue(slot.reference, provider) !== null);
  if (matchable.length === 0) {
    const compared = slots.find((slot) => slot.reference.kind === "name-match")?.reference;
    const field = compared?.kind === "name-match" ? compared.targetField : "value";
    return {
      ok: false,
      reason: `${componentId(provider.type, provider.nickname)} has no ${field} for ${name} to match; set it first.`,
    };
  }
  return { ok: true, slots: matchable };
}

/**
 * The value a slot must hold to reference `provider`: its nickname, the field a name match
 * compares, or its runtime parameter path (keeping the prefix the key already uses); null when
 * the provider has no such field.
 */
export function matchValue(
  reference: ReferenceDefinition,
  provider: WiringComponent,
  current: string | null = null,
): string | null {
  switch (reference.kind) {
    case "nickname":
    case "type-nickname":
      return provider.nickname;
    case "name-match": {
      const value = provider.config ? ownValue(provider.config, reference.targetField) : undefined;
      return typeof value === "string" && value !== "" ? value : null;
    }
    case "parameter-path": {
      const prefix = /^(.*)\/[^/]+\/[^/]+\/runtime$/.exec(current ?? "")?.[1] ?? "/iac";
      return `${prefix}/${provider.type}/${provider.nickname}/runtime`;
    }
  }
}

function noReferenceReason(
  type: string,
  references: ReferenceDefinition[],
  provider: WiringComponent,
): string {
  if (references.length === 0) return `${type} reads no other component.`;
  const reads = references.map(
    (reference) => `${reference.target} (${referenceKeyPattern(reference)})`,
  );
  return `${type} reads ${reads.join(", ")}; not ${provider.type}.`;
}
