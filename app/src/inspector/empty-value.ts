import type { FieldDefinition, JsonValue } from "@karma/core";

/** The value a new list item or map entry starts with: its default, else an empty one of its type. */
export function emptyValue(field: FieldDefinition): JsonValue {
  if (field.default !== undefined) return field.default;
  switch (field.type) {
    case "string":
      return field.enum?.[0] ?? "";
    case "number":
    case "integer":
      return field.minimum ?? 0;
    case "boolean":
      return false;
    case "list":
      return [];
    case "map":
    case "object":
      return {};
    case "any":
      return null;
  }
}
