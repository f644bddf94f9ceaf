import type { FieldDefinition, TypeDefinition } from "./type-definition.ts";

/** Keys every component reads through the shared Terraform header (header.tf). */
const commonFields: Readonly<Record<string, FieldDefinition>> = {
  tags: {
    type: "map",
    values: { type: "string" },
    description: "Tags merged into the tags of every resource the component creates.",
  },
  project: {
    type: "string",
    description: "Value of the Project tag.",
    defaultExpression: "the component's nickname",
  },
};

/** The definition with `tags` and `project` appended, unless it declares them itself. */
export function withCommonFields(definition: TypeDefinition): TypeDefinition {
  const fields = { ...definition.fields };
  for (const [key, field] of Object.entries(commonFields)) fields[key] ??= field;
  return { ...definition, fields };
}
