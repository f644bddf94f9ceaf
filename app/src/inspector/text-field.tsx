import { useId } from "react";
import { FieldFrame } from "./field-frame.tsx";
import { useForm } from "./form-context.ts";
import type { FormField } from "./form-fields.ts";
import { liveProblems } from "./live-problems.ts";
import { parseFieldText, valueText } from "./parse-field-value.ts";
import { useDraft } from "./use-draft.ts";

/** A typed field: text, number, or a JSON value (a field of type any, or a value of the wrong shape). */
export function TextField({ field }: { field: FormField }) {
  const { commit, env, component } = useForm();
  const inputId = useId();
  const multiline = field.kind === "json";
  const draft = useDraft(
    valueText(field.kind, field.value),
    (text) => {
      const parsed = parseFieldText(
        {
          kind: field.kind,
          required: field.required,
          integer: field.definition?.type === "integer",
        },
        text,
      );
      return parsed.ok ? commit(field.path, parsed.value) : parsed.error;
    },
    multiline,
    { env, component, field: field.name },
  );
  const live = draft.error ? [draft.error] : liveProblems(field, draft.text);
  const common = {
    id: inputId,
    name: field.name,
    className: "field-input",
    value: draft.text,
    placeholder: field.defaultText ?? undefined,
    "aria-invalid": live.length > 0 || undefined,
    onChange: (event: { target: { value: string } }) => draft.onChange(event.target.value),
    onBlur: draft.commit,
    onKeyDown: draft.onKeyDown,
  };
  return (
    <FieldFrame field={field} inputId={inputId} live={live}>
      {multiline ? (
        <textarea {...common} className="field-input field-json" rows={3} spellCheck={false} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={field.kind === "number" ? "decimal" : undefined}
        />
      )}
    </FieldFrame>
  );
}

/** A key the type does not read: shown as written and kept. */
export function UnknownField({ field }: { field: FormField }) {
  const inputId = useId();
  return (
    <FieldFrame field={field} inputId={inputId}>
      <textarea
        id={inputId}
        name={field.name}
        className="field-input field-json"
        readOnly
        rows={Math.min(6, valueText("unknown", field.value).split("\n").length)}
        value={valueText("unknown", field.value)}
      />
    </FieldFrame>
  );
}
