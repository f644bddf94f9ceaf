import {
  expandKeyPattern,
  hasWildcard,
  siblingPath,
  valueAtKeyPath,
} from "../catalog/key-pattern.ts";
import type { ReferenceDefinition, TypeDefinition } from "../catalog/type-definition.ts";
import type { JsonObject } from "../json.ts";
import type { Component } from "../repo/workspace.ts";
import type { ReferenceKind } from "./graph.ts";

/** What one config value says about another component, before it is resolved. */
export type ReferenceTarget =
  | { by: "id"; type: string; nickname: string }
  | { by: "field"; type: string; field: string; compare: "exact" | "dns"; value: string };

export interface ExtractedReference {
  /** Concrete key path holding the reference (the nickname key for a type + nickname pair). */
  key: string;
  path: (string | number)[];
  kind: ReferenceKind;
  target: ReferenceTarget;
  /** The type(s) the definition accepts; `*` for any. A target of another type is an error. */
  accepts: string;
}

/** A reference the config writes but that cannot name a component (unparsable path, half a pair). */
export interface MalformedReference {
  key: string;
  path: (string | number)[];
  message: string;
}

export interface ComponentReferences {
  references: ExtractedReference[];
  malformed: MalformedReference[];
}

const parameterPathPattern = /^(.*)\/([^/]+)\/([^/]+)\/runtime$/;

/** Every reference of a component's config, following its type definition. */
export function extractReferences(
  component: Component,
  definition: TypeDefinition,
): ComponentReferences {
  const result: ComponentReferences = { references: [], malformed: [] };
  const config = component.config;
  if (!config) return result;
  for (const reference of definition.references) {
    collect(component, config, reference, result);
  }
  return result;
}

function collect(
  component: Component,
  config: JsonObject,
  reference: ReferenceDefinition,
  result: ComponentReferences,
): void {
  switch (reference.kind) {
    case "nickname": {
      const nested = hasWildcard(reference.key);
      let found = false;
      for (const { path, value } of expandKeyPattern(config, reference.key)) {
        if (typeof value !== "string" || value === "") continue;
        found = true;
        result.references.push({
          key: path.join("."),
          path,
          kind: nested ? "nested" : "nickname",
          target: { by: "id", type: reference.target, nickname: value },
          accepts: reference.target,
        });
      }
      if (!found && reference.defaultToOwnNickname && !nested && isAbsent(config, reference.key)) {
        result.references.push({
          key: reference.key,
          path: reference.key.split("."),
          kind: "own-nickname",
          target: { by: "id", type: reference.target, nickname: component.nickname },
          accepts: reference.target,
        });
      }
      return;
    }
    case "name-match": {
      const nested = hasWildcard(reference.key);
      for (const { path, value } of expandKeyPattern(config, reference.key)) {
        if (typeof value !== "string" || value === "") continue;
        result.references.push({
          key: path.join("."),
          path,
          kind: nested ? "nested" : "name-match",
          target: {
            by: "field",
            type: reference.target,
            field: reference.targetField,
            compare: reference.compare,
            value,
          },
          accepts: reference.target,
        });
      }
      return;
    }
    case "type-nickname": {
      const nested = hasWildcard(reference.nicknameKey);
      for (const { path, value } of expandKeyPattern(config, reference.nicknameKey)) {
        const typePath = siblingPath(path, reference.typeKey);
        const type = valueAtKeyPath(config, typePath);
        const key = path.join(".");
        const hasNickname = typeof value === "string" && value !== "";
        const hasType = typeof type === "string" && type !== "";
        if (hasNickname && hasType) {
          result.references.push({
            key,
            path,
            kind: nested ? "nested" : "type-nickname",
            target: { by: "id", type, nickname: value },
            accepts: reference.target,
          });
        } else if (hasNickname !== hasType && (value ?? null) !== null) {
          result.malformed.push({
            key,
            path,
            message: `${key} needs ${typePath.join(".")} to name the component's type`,
          });
        }
      }
      // a type without a nickname
      for (const { path, value } of expandKeyPattern(config, reference.typeKey)) {
        const nicknamePath = siblingPath(path, reference.nicknameKey);
        const nickname = valueAtKeyPath(config, nicknamePath);
        if (
          typeof value === "string" &&
          value !== "" &&
          (nickname === undefined || nickname === null)
        ) {
          const key = path.join(".");
          result.malformed.push({
            key,
            path,
            message: `${key} names a type but ${nicknamePath.join(".")} is missing`,
          });
        }
      }
      return;
    }
    case "parameter-path": {
      const nested = hasWildcard(reference.key);
      for (const { path, value } of expandKeyPattern(config, reference.key)) {
        if (typeof value !== "string" || value === "") continue;
        const key = path.join(".");
        const match = parameterPathPattern.exec(value);
        if (!match) {
          result.malformed.push({
            key,
            path,
            message: `${key} must be a parameter path such as /iac/${reference.target}/<nickname>/runtime, found ${JSON.stringify(value)}`,
          });
          continue;
        }
        result.references.push({
          key,
          path,
          kind: nested ? "nested" : "parameter-path",
          target: { by: "id", type: match[2]!, nickname: match[3]! },
          accepts: reference.target,
        });
      }
      return;
    }
  }
}

function isAbsent(config: JsonObject, key: string): boolean {
  const value = valueAtKeyPath(config, key.split("."));
  return value === undefined || value === null || value === "";
}

/** DNS names compare case-insensitively without the trailing dot. */
export function normaliseMatchValue(value: string, compare: "exact" | "dns"): string {
  return compare === "dns" ? value.trim().toLowerCase().replace(/\.$/, "") : value;
}
