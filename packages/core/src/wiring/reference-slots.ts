import type { Catalog } from "../catalog/catalog.ts";
import type { ReferenceDefinition } from "../catalog/type-definition.ts";
import type { ReferenceKind } from "../graph/graph.ts";
import { isJsonObject, type JsonObject, type JsonValue, ownValue } from "../json.ts";

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
  const name = `${dependent.type}/${dependent.nickname}`;
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
    const pattern = referenceKey(reference);
    const paths = expandPattern(dependent.config, pattern);
    if (paths.length === 0) empty.push(pattern.split(".*")[0]!);
    for (const path of paths) {
      slots.push({
        key: path.join("."),
        path,
        kind: slotKind(reference, pattern),
        reference,
        current: currentValue(dependent.config, path),
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
      reason: `${provider.type}/${provider.nickname} has no ${field} for ${name} to match; set it first.`,
    };
  }
  return { ok: true, slots: matchable };
}

/** The key that names the provider: the nickname key of a type + nickname pair. */
export function referenceKey(reference: ReferenceDefinition): string {
  return reference.kind === "type-nickname" ? reference.nicknameKey : reference.key;
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

function slotKind(reference: ReferenceDefinition, pattern: string): ReferenceKind {
  if (pattern.includes("*")) return "nested";
  return reference.kind;
}

function noReferenceReason(
  type: string,
  references: ReferenceDefinition[],
  provider: WiringComponent,
): string {
  if (references.length === 0) return `${type} reads no other component.`;
  const reads = references.map((reference) => `${reference.target} (${referenceKey(reference)})`);
  return `${type} reads ${reads.join(", ")}; not ${provider.type}.`;
}

/** Concrete paths of a key pattern in a config, `*` standing for every entry of a map. */
function expandPattern(config: JsonObject, pattern: string): string[][] {
  let frontier: { path: string[]; value: JsonValue | undefined }[] = [{ path: [], value: config }];
  const segments = pattern.split(".");
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const next: typeof frontier = [];
    for (const { path, value } of frontier) {
      if (!isJsonObject(value)) continue;
      if (segment === "*") {
        for (const key of Object.keys(value))
          next.push({ path: [...path, key], value: value[key] });
      } else if (last || Object.hasOwn(value, segment)) {
        // the last key may be absent: writing the reference creates it
        next.push({ path: [...path, segment], value: ownValue(value, segment) });
      }
    }
    frontier = next;
  });
  return frontier.map(({ path }) => path);
}

function currentValue(config: JsonObject, path: string[]): string | null {
  let value: JsonValue | undefined = config;
  for (const segment of path) value = isJsonObject(value) ? ownValue(value, segment) : undefined;
  return typeof value === "string" && value !== "" ? value : null;
}
