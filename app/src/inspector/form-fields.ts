import {
  type FieldDefinition,
  isJsonObject,
  type JsonValue,
  type ReferenceDefinition,
  referenceAt,
  type TypeDefinition,
} from "@karma/core";
import { type KeyPath, pathName } from "../model/key-path.ts";

export type FieldKind =
  | "text"
  | "number"
  | "boolean"
  | "enum"
  | "reference"
  | "list"
  | "map"
  | "object"
  | "json"
  | "unknown";

/** One input (or group of inputs) of the Config form, generated from the type definition. */
export interface FormField {
  path: KeyPath;
  /** The input's `name`: the key path with dots. */
  name: string;
  label: string;
  kind: FieldKind;
  /** Absent for keys the type does not read. */
  definition: FieldDefinition | null;
  required: boolean;
  description: string | null;
  /** The default as the catalog gives it, in words or JSON; null when there is none. */
  defaultText: string | null;
  /** The value in the config; undefined when the key is absent. */
  value: JsonValue | undefined;
  /** Choices of an enum. */
  options: string[];
  reference: ReferenceDefinition | null;
  /** Fields of an object, entries of a list or map. */
  children: FormField[];
}

/** The form of a config: every field of the type, then the keys it does not read (kept as written). */
export function formFields(
  definition: TypeDefinition,
  config: Record<string, JsonValue>,
): FormField[] {
  return objectChildren(definition, definition.fields, config, []);
}

function objectChildren(
  type: TypeDefinition,
  fields: Record<string, FieldDefinition>,
  object: Record<string, JsonValue>,
  path: KeyPath,
): FormField[] {
  const known = Object.entries(fields).map(([key, field]) =>
    formField(type, field, [...path, key], key, ownValue(object, key)),
  );
  const unknown = Object.keys(object)
    .filter((key) => !Object.hasOwn(fields, key))
    .map((key) => unknownField([...path, key], key, object[key]!));
  return [...known, ...unknown];
}

function ownValue(object: Record<string, JsonValue>, key: string): JsonValue | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function formField(
  type: TypeDefinition,
  field: FieldDefinition,
  path: KeyPath,
  label: string,
  value: JsonValue | undefined,
): FormField {
  const reference = referenceAt(type, path) ?? null;
  const kind = kindOf(field, value, reference);
  const base: FormField = {
    path,
    name: pathName(path),
    label,
    kind,
    definition: field,
    required: field.required === true,
    description: field.description ?? null,
    defaultText: defaultTextOf(field),
    value,
    options: field.type === "string" && field.enum ? field.enum : [],
    reference,
    children: [],
  };
  if (kind === "object" && field.type === "object") {
    base.children = objectChildren(type, field.fields, isJsonObject(value) ? value : {}, path);
  } else if (kind === "list" && field.type === "list" && Array.isArray(value)) {
    base.children = value.map((item, index) =>
      formField(type, field.items, [...path, index], `${index + 1}`, item),
    );
  } else if (kind === "map" && field.type === "map" && isJsonObject(value)) {
    base.children = Object.entries(value).map(([key, item]) =>
      formField(type, field.values, [...path, key], key, item),
    );
  }
  return base;
}

/** The input that edits a field; a value of the wrong shape is edited as JSON, so nothing is lost. */
function kindOf(
  field: FieldDefinition,
  value: JsonValue | undefined,
  reference: ReferenceDefinition | null,
): FieldKind {
  const absent = value === undefined || value === null;
  switch (field.type) {
    case "string":
      if (!absent && typeof value !== "string") return "json";
      return reference ? "reference" : field.enum ? "enum" : "text";
    case "number":
    case "integer":
      return absent || typeof value === "number" ? "number" : "json";
    case "boolean":
      return absent || typeof value === "boolean" ? "boolean" : "json";
    case "list":
      return absent || Array.isArray(value) ? "list" : "json";
    case "map":
      return absent || isJsonObject(value) ? "map" : "json";
    case "object":
      return absent || isJsonObject(value) ? "object" : "json";
    case "any":
      return "json";
  }
}

function defaultTextOf(field: FieldDefinition): string | null {
  if (field.default !== undefined) return JSON.stringify(field.default);
  return field.defaultExpression ?? null;
}

function unknownField(path: KeyPath, label: string, value: JsonValue): FormField {
  return {
    path,
    name: pathName(path),
    label,
    kind: "unknown",
    definition: null,
    required: false,
    description: null,
    defaultText: null,
    value,
    options: [],
    reference: null,
    children: [],
  };
}
