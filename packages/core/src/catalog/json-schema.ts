import type { FieldDefinition, TypeDefinition } from "./type-definition.ts";

type JsonSchema = Record<string, unknown>;

/** Where the schemas are published; editors only use `$id` as a name. */
const schemaBase = "https://usekarma.dev/schemas";

/**
 * A JSON Schema (draft 2020-12) for a type's config.json, for editors: descriptions, literal
 * defaults, required keys, `null` accepted for optional keys, unknown keys allowed.
 */
export function jsonSchemaFor(definition: TypeDefinition): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${schemaBase}/${definition.type}.json`,
    title: definition.title,
    description: definition.description,
    ...objectSchema(definition.fields),
  };
}

function objectSchema(fields: Record<string, FieldDefinition>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(fields)) {
    properties[key] = fieldSchema(field, !field.required);
    if (field.required) required.push(key);
  }
  return {
    type: "object",
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: true,
  };
}

/** `type` first, then what a person reads (description, default), then the structure. */
function fieldSchema(field: FieldDefinition, nullable: boolean): JsonSchema {
  const { type, ...structure } = valueSchema(field, nullable);
  const description = describe(field);
  return {
    ...(type !== undefined ? { type } : {}),
    ...(description ? { description } : {}),
    ...(field.default !== undefined ? { default: field.default } : {}),
    ...structure,
  };
}

function valueSchema(field: FieldDefinition, nullable: boolean): JsonSchema {
  const type = (name: string) => (nullable ? [name, "null"] : name);
  switch (field.type) {
    case "string":
      return field.enum
        ? { type: type("string"), enum: nullable ? [...field.enum, null] : field.enum }
        : { type: type("string") };
    case "number":
    case "integer":
      return {
        type: type(field.type),
        ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
        ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
      };
    case "boolean":
      return { type: type("boolean") };
    case "list":
      return { type: type("array"), items: fieldSchema(field.items, false) };
    case "map":
      return { type: type("object"), additionalProperties: fieldSchema(field.values, false) };
    case "object": {
      const object = objectSchema(field.fields);
      return { ...object, type: type("object") };
    }
    case "any":
      return {};
  }
}

/** The description, with a computed default named since it cannot be given as `default`. */
function describe(field: FieldDefinition): string | undefined {
  if (!field.defaultExpression) return field.description;
  const note = `Default: ${field.defaultExpression}.`;
  return field.description ? `${field.description} ${note}` : note;
}
