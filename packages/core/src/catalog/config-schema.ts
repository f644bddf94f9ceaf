import * as z from "zod";
import type { FieldDefinition, TypeDefinition } from "./type-definition.ts";

const schemas = new WeakMap<TypeDefinition, z.ZodType>();

/**
 * The zod schema of a component's config, derived from its type definition: required keys
 * must be present and not null, optional keys accept null ("use the default"), unknown keys
 * are allowed and kept. No defaults are applied: a config is validated, never rewritten.
 */
export function configSchema(definition: TypeDefinition): z.ZodType {
  let schema = schemas.get(definition);
  if (!schema) {
    schema = objectSchema(definition.fields);
    schemas.set(definition, schema);
  }
  return schema;
}

function objectSchema(fields: Record<string, FieldDefinition>): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) {
    const value = valueSchema(field);
    if (!field.required) shape[key] = value.nullable().optional();
    // unknown accepts undefined: a required `any` key still has to be present
    else shape[key] = field.type === "any" ? value.nonoptional() : value;
  }
  return z.looseObject(shape);
}

/** The schema of a present, non-null value of a field. */
function valueSchema(field: FieldDefinition): z.ZodType {
  switch (field.type) {
    case "string":
      return field.enum ? z.enum(field.enum) : z.string();
    case "number":
    case "integer": {
      let schema = field.type === "integer" ? z.int() : z.number();
      if (field.minimum !== undefined) schema = schema.min(field.minimum);
      if (field.maximum !== undefined) schema = schema.max(field.maximum);
      return schema;
    }
    case "boolean":
      return z.boolean();
    case "list":
      return z.array(valueSchema(field.items));
    case "map":
      return z.record(z.string(), valueSchema(field.values));
    case "object":
      return objectSchema(field.fields);
    case "any":
      return z.unknown();
  }
}
