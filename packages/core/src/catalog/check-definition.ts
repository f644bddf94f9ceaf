import { checkFieldValue } from "./check-config.ts";
import { fieldAt } from "./key-path.ts";
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
    const problem = checkFieldValue(field, field.default)[0];
    if (problem) {
      const where = problem.path.length > 0 ? ` at ${problem.path.join(".")}` : "";
      problems.push({
        path: [...path, "default"],
        message: `default does not fit the field${where}: ${problem.message}`,
      });
    }
  }
  if (field.type === "object") checkDefaults(field.fields, [...path, "fields"], problems);
  else if (field.type === "list") checkField(field.items, [...path, "items"], problems);
  else if (field.type === "map") checkField(field.values, [...path, "values"], problems);
}

/** Why a reference key path does not name a string field, or null when it does. */
function keyProblem(fields: Record<string, FieldDefinition>, keyPath: string): string | null {
  const field = fieldAt({ type: "object", fields }, keyPath.split("."));
  if (!field) return `'${keyPath}' is not a field of this type; declare it under "fields"`;
  if (field.type === "string" || field.type === "any") return null;
  const article = /^[aeiou]/.test(field.type) ? "an" : "a";
  return `'${keyPath}' is ${article} ${field.type} field; a reference key must be a string field`;
}
