import { JsonDocument, type JsonValue } from "@karma/core";
import type { FieldKind } from "./form-fields.ts";

/** What an input's text means: a value to write, undefined to remove the key, or why it is none. */
export type ParsedText = { ok: true; value: JsonValue | undefined } | { ok: false; error: string };

interface TextField {
  kind: FieldKind;
  required: boolean;
  integer?: boolean;
}

/** The text an input shows for a config value (absent and null show as empty). */
export function valueText(kind: FieldKind, value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string" && kind !== "json" && kind !== "unknown") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value, null, 2);
}

/**
 * The value an input's text stands for. Clearing an optional field removes its key; a required
 * text field keeps an empty string, a required number or JSON value must be given.
 */
export function parseFieldText(field: TextField, text: string): ParsedText {
  const blank = text.trim() === "";
  if (blank && !field.required) return { ok: true, value: undefined };
  switch (field.kind) {
    case "text":
    case "reference":
    case "enum":
      return { ok: true, value: text };
    case "boolean":
      if (text === "true" || text === "false") return { ok: true, value: text === "true" };
      return { ok: false, error: "choose true or false" };
    case "number": {
      if (blank) return { ok: false, error: "required: enter a number" };
      const value = Number(text.trim());
      if (!Number.isFinite(value)) return { ok: false, error: `"${text}" is not a number` };
      if (field.integer && !Number.isInteger(value)) {
        return { ok: false, error: `"${text}" is not a whole number` };
      }
      return { ok: true, value };
    }
    default:
      return parseJsonValue(text);
  }
}

function parseJsonValue(text: string): ParsedText {
  if (text.trim() === "") return { ok: false, error: "required: enter a JSON value" };
  const document = new JsonDocument(text);
  if (document.error) return { ok: false, error: `not JSON: ${document.error.message}` };
  return { ok: true, value: document.value! };
}
