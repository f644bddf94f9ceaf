import type { ReactNode } from "react";
import { problemsAt } from "./field-problems.ts";
import { useForm } from "./form-context.ts";
import type { FormField } from "./form-fields.ts";

/** Label, description, default and problems around one input of the Config form. */
export function FieldFrame({
  field,
  inputId,
  live,
  children,
}: {
  field: FormField;
  inputId: string;
  /** Problems of the text being typed; shown instead of the validation's while there are any. */
  live?: string[];
  children: ReactNode;
}) {
  const { problems } = useForm();
  const shown =
    live && live.length > 0
      ? live.map((message) => ({ severity: "error" as const, message }))
      : problemsAt(problems, field.name);
  return (
    <div className="field" data-field={field.name}>
      <label className="field-label" htmlFor={inputId}>
        <span className="mono">{field.label}</span>
        {field.required ? (
          <span className="field-required" title="required">
            *
          </span>
        ) : null}
      </label>
      {children}
      {field.description ? <p className="field-help">{field.description}</p> : null}
      {field.defaultText !== null ? (
        <p className="field-help">
          Default: <span className="mono">{field.defaultText}</span>
        </p>
      ) : null}
      {shown.map((problem) => (
        <p key={problem.message} className={`field-problem field-problem-${problem.severity}`}>
          {problem.message}
        </p>
      ))}
    </div>
  );
}
