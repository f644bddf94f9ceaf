import { ChoiceField } from "./choice-field.tsx";
import type { FormField } from "./form-fields.ts";
import { GroupField } from "./group-field.tsx";
import { TextField, UnknownField } from "./text-field.tsx";

/** The input of one field of the Config form, by its kind. */
export function FieldView({ field }: { field: FormField }) {
  switch (field.kind) {
    case "text":
    case "number":
    case "json":
      return <TextField field={field} />;
    case "boolean":
    case "enum":
    case "reference":
      return <ChoiceField field={field} />;
    case "list":
    case "map":
    case "object":
      return <GroupField field={field} />;
    case "unknown":
      return <UnknownField field={field} />;
  }
}
