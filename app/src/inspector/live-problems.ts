import { checkFieldValue } from "@karma/core";
import type { FormField } from "./form-fields.ts";
import { parseFieldText } from "./parse-field-value.ts";

/** What is wrong with a field's text as typed, before it is committed. */
export function liveProblems(field: FormField, text: string): string[] {
  const parsed = parseFieldText(
    { kind: field.kind, required: field.required, integer: field.definition?.type === "integer" },
    text,
  );
  if (!parsed.ok) return [parsed.error];
  if (parsed.value === undefined || !field.definition) return [];
  return checkFieldValue(field.definition, parsed.value).map((problem) => problem.message);
}
