import { describeZodIssue } from "./describe-issue.ts";
import { valueSchema } from "./config-schema.ts";
import type { FieldDefinition, TypeDefinition } from "./type-definition.ts";

/** A mistake in a type definition that its schema cannot see; `path` is inside the definition. */
export interface DefinitionProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Checks what the format's schema cannot: every default fits its field, and every reference
 * names a declared string field (else the reference could never be found in a config).
 */
export function checkDefinition(definition: TypeDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  checkDefaults(definition.fields, ["fields"], problems);
  definition.references.forEach((reference, index) => {
    const keys =
      reference.kind === "type-nickname"
        ? { typeKey: reference.typeKey, nicknameKey: reference.nicknameKey }
        : { key: reference.key };
    for (const [property, keyPath] of Object.entries(keys)) {
      const message = keyProblem(definition.fields, keyPath);
      if (message) problems.push({ path: ["references", index, property], message });
    }
  });
  return problems;
}

function checkDefaults(
  fields: Record<string, FieldDefinition>,
  path: (string | number)[],
  problems: DefinitionProblem[],
): void {
  for (const [key, field] of Object.entries(fields)) {
    checkField(field, [...path, key], problems);
  }
}

function checkField(
  field: FieldDefinition,
  path: (string | number)[],
  problems: DefinitionProblem[],
): void {
  if (field.default !== undefined) {
    const result = valueSchema(field).safeParse(field.default);
    const issue = result.error?.issues[0];
    if (issue) {
      const message = `default does not fit the field: ${describeZodIssue(issue, field.default)}`;
      problems.push({ path: [...path, "default"], message });
    }
  }
  if (field.type === "object") checkDefaults(field.fields, [...path, "fields"], problems);
  else if (field.type === "list") checkField(field.items, [...path, "items"], problems);
  else if (field.type === "map") checkField(field.values, [...path, "values"], problems);
}

/** Why a reference key path does not name a string field, or null when it does. */
function keyProblem(fields: Record<string, FieldDefinition>, keyPath: string): string | null {
  let field: FieldDefinition = { type: "object", fields };
  for (const segment of keyPath.split(".")) {
    if (field.type === "any") return null;
    const next = childField(field, segment);
    if (!next) return `'${keyPath}' is not a field of this type; declare it under "fields"`;
    field = next;
  }
  if (field.type === "string" || field.type === "any") return null;
  return `'${keyPath}' is a ${field.type} field; a reference key must be a string field`;
}

/** The field a key path segment leads to: `*` is any entry of a map or list. */
function childField(field: FieldDefinition, segment: string): FieldDefinition | undefined {
  if (segment === "*") {
    if (field.type === "map") return field.values;
    if (field.type === "list") return field.items;
    return undefined;
  }
  if (field.type !== "object" || !Object.hasOwn(field.fields, segment)) return undefined;
  return field.fields[segment];
}
