import { useId, useState } from "react";
import { ChoiceField } from "./choice-field.tsx";
import { emptyValue } from "./empty-value.ts";
import { useForm } from "./form-context.ts";
import type { FormField } from "./form-fields.ts";
import { TextField, UnknownField } from "./text-field.tsx";

// a field and a group of fields render each other: lists, maps and objects nest
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

/** An object's fields, or a list's items or a map's entries with buttons to add and remove them. */
export function GroupField({ field }: { field: FormField }) {
  const form = useForm();
  const [error, setError] = useState<string | null>(null);
  const collection = field.kind === "list" || field.kind === "map";
  return (
    <fieldset className="field-group" data-field={field.name}>
      <legend className="field-label">
        <span className="mono">{field.label}</span>
        {field.required ? (
          <span className="field-required" title="required">
            *
          </span>
        ) : null}
      </legend>
      {field.description ? <p className="field-help">{field.description}</p> : null}
      {field.defaultText !== null ? (
        <p className="field-help">
          Default: <span className="mono">{field.defaultText}</span>
        </p>
      ) : null}
      {field.children.map((child) =>
        collection ? (
          <div key={child.name} className="field-entry">
            <FieldView field={child} />
            <button
              type="button"
              className="button button-small"
              aria-label={`Remove ${child.name}`}
              onClick={() => setError(form.commit(child.path, undefined))}
            >
              Remove
            </button>
          </div>
        ) : (
          <FieldView key={child.name} field={child} />
        ),
      )}
      {field.kind === "list" ? (
        <button
          type="button"
          className="button button-small"
          aria-label={`Add to ${field.name}`}
          onClick={() => setError(addItem(form.commit, field))}
        >
          Add item
        </button>
      ) : null}
      {field.kind === "map" ? <AddEntry field={field} onError={setError} /> : null}
      {error ? <p className="field-problem field-problem-error">{error}</p> : null}
    </fieldset>
  );
}

function addItem(commit: ReturnType<typeof useForm>["commit"], field: FormField): string | null {
  if (field.definition?.type !== "list") return null;
  const item = emptyValue(field.definition.items);
  return Array.isArray(field.value)
    ? commit([...field.path, field.value.length], item)
    : commit(field.path, [item]);
}

/** A name box and a button that add an entry to a map. */
function AddEntry({ field, onError }: { field: FormField; onError(error: string | null): void }) {
  const { commit } = useForm();
  const inputId = useId();
  const [name, setName] = useState("");
  const add = () => {
    const key = name.trim();
    if (field.definition?.type !== "map" || key === "") return;
    if (field.children.some((child) => child.label === key)) {
      onError(`${field.name} already has an entry "${key}"`);
      return;
    }
    const error = commit([...field.path, key], emptyValue(field.definition.values));
    onError(error);
    if (error === null) setName("");
  };
  return (
    <div className="field-add">
      <input
        id={inputId}
        className="field-input"
        aria-label={`New entry of ${field.name}`}
        placeholder="new entry name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            add();
          }
        }}
      />
      <button
        type="button"
        className="button button-small"
        aria-label={`Add to ${field.name}`}
        disabled={name.trim() === ""}
        onClick={add}
      >
        Add
      </button>
    </div>
  );
}
