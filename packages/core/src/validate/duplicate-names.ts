import type { Catalog } from "../catalog/catalog.ts";
import { compareStrings } from "../compare.ts";
import { FieldIndex } from "../graph/resolve-references.ts";
import type { Component } from "../repo/workspace.ts";

/** A component whose name-match field (a zone's `zone_name`) another component shares. */
export interface DuplicateName {
  component: Component;
  field: string;
  value: string;
  /** Every component with the value, this one included, by id: one array for the group. */
  group: readonly string[];
}

/**
 * Components of one environment that references by name cannot tell apart: for every field
 * that some type's name-match reference reads (`route53_zone_name` ↔ a zone's `zone_name`),
 * the components of the target type that share a value, compared as the reference compares.
 */
export function duplicateNames(catalog: Catalog, components: Component[]): DuplicateName[] {
  const targets = new Map<string, { type: string; field: string; compare: "exact" | "dns" }>();
  for (const definition of catalog.types.values()) {
    for (const reference of definition.references) {
      if (reference.kind !== "name-match") continue;
      const target = {
        type: reference.target,
        field: reference.targetField,
        compare: reference.compare,
      };
      targets.set(`${target.type}\u0000${target.field}\u0000${target.compare}`, target);
    }
  }
  const index = new FieldIndex(components);
  const found: DuplicateName[] = [];
  for (const { type, field, compare } of targets.values()) {
    for (const [value, matches] of index.index(type, field, compare)) {
      if (matches.length < 2) continue;
      const group = matches.map((match) => match.id).sort(compareStrings);
      for (const component of matches) found.push({ component, field, value, group });
    }
  }
  return found;
}
