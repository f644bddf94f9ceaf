import { useId, useState } from "react";
import { FieldFrame } from "./field-frame.tsx";
import { useForm } from "./form-context.ts";
import type { FormField } from "./form-fields.ts";
import { parseFieldText, valueText } from "./parse-field-value.ts";

interface Choice {
  value: string;
  label: string;
}

/** A field picked from a list: true/false, an enum, or a component the reference can point at. */
export function ChoiceField({ field }: { field: FormField }) {
  const form = useForm();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const current = valueText(field.kind, field.value);
  const choices = choicesOf(field, form.referenceOptions);
  if (current !== "" && !choices.some((choice) => choice.value === current)) {
    const missing = field.kind === "reference" ? "not found here" : "not allowed";
    choices.push({ value: current, label: `${current} (${missing})` });
  }
  if (current === "" || !field.required) {
    const blank = field.defaultText !== null ? `— default: ${field.defaultText} —` : "— none —";
    choices.unshift({ value: "", label: blank });
  }
  return (
    <FieldFrame field={field} inputId={inputId} live={error ? [error] : []}>
      <select
        id={inputId}
        name={field.name}
        className="field-input"
        value={current}
        onChange={(event) => {
          const parsed = parseFieldText({ kind: field.kind, required: false }, event.target.value);
          setError(parsed.ok ? form.commit(field.path, parsed.value) : parsed.error);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

function choicesOf(field: FormField, referenceOptions: (field: FormField) => Choice[]): Choice[] {
  switch (field.kind) {
    case "boolean":
      return [
        { value: "true", label: "true" },
        { value: "false", label: "false" },
      ];
    case "reference":
      return referenceOptions(field).map(({ value, label }) => ({
        value,
        label: value === label.slice(label.indexOf("/") + 1) ? label : `${value} (${label})`,
      }));
    default:
      return field.options.map((option) => ({ value: option, label: option }));
  }
}
