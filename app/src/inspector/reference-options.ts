import {
  type Component,
  type JsonObject,
  type JsonValue,
  ownValue,
  type ReferenceDefinition,
  siblingPath,
  valueAtKeyPath,
} from "@karma/core";
import type { KeyPath } from "../model/key-path.ts";

/** A choice of a reference picker: the value to write and the component it points at. */
export interface ReferenceOption {
  value: string;
  label: string;
}

const parameterPathPattern = /^(.*)\/[^/]+\/[^/]+\/runtime$/;

/**
 * The components of the environment a reference field can point at, as the values the field
 * takes: a nickname, the target's matched field (a zone's `zone_name`), or a parameter path.
 */
export function referenceOptions(
  reference: ReferenceDefinition,
  components: readonly Component[],
  config: JsonObject,
  path: KeyPath,
  current: JsonValue | undefined,
): ReferenceOption[] {
  const type = targetType(reference, config, path);
  if (type === null) return [];
  const options: ReferenceOption[] = [];
  for (const component of components) {
    if (component.type !== type) continue;
    const value = optionValue(reference, component, current);
    if (value !== null && !options.some((option) => option.value === value)) {
      options.push({ value, label: component.id });
    }
  }
  return options;
}

function targetType(
  reference: ReferenceDefinition,
  config: JsonObject,
  path: KeyPath,
): string | null {
  if (reference.kind !== "type-nickname" || reference.target !== "*") return reference.target;
  // the type is named by the sibling key (`functions.*.src_type` next to `functions.*.src_nickname`)
  const type = valueAtKeyPath(config, siblingPath(path, reference.typeKey));
  return typeof type === "string" && type !== "" ? type : null;
}

function optionValue(
  reference: ReferenceDefinition,
  component: Component,
  current: JsonValue | undefined,
): string | null {
  switch (reference.kind) {
    case "nickname":
    case "type-nickname":
      return component.nickname;
    case "name-match": {
      const value = component.config
        ? ownValue(component.config, reference.targetField)
        : undefined;
      if (typeof value !== "string" || value === "") return null;
      // the value already written stands for this target when it matches (as DNS names: any case, final dot or not)
      const same =
        typeof current === "string" &&
        (reference.compare === "dns" ? dnsName(current) === dnsName(value) : current === value);
      return same ? current : value;
    }
    case "parameter-path": {
      // keep the prefix the config already uses
      const match = typeof current === "string" ? parameterPathPattern.exec(current) : null;
      return `${match ? match[1] : "/iac"}/${component.type}/${component.nickname}/runtime`;
    }
  }
}

function dnsName(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}
