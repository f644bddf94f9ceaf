import type { Component, JsonValue, TypeDefinition } from "@karma/core";
import { useMemo } from "react";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectIssues, selectWorkspace } from "../store/selectors.ts";
import { setField } from "./config-edits.ts";
import { problemsByPath, unplacedProblems } from "./field-problems.ts";
import { FieldView } from "./field-view.tsx";
import { FormContext, type FormContextValue } from "./form-context.ts";
import { type FormField, formFields } from "./form-fields.ts";
import type { KeyPath } from "./key-path.ts";
import { referenceOptions } from "./reference-options.ts";

/** The Config tab: a form generated from the component's type definition. */
export function ConfigTab({
  component,
  definition,
}: {
  component: Component;
  definition: TypeDefinition;
}) {
  const store = useEditorApi();
  const issues = useEditor(selectIssues);
  const components = useEditor((state) => selectWorkspace(state).components);
  const { id, env, config } = component;
  const fields = useMemo(
    () => (config ? formFields(definition, config) : []),
    [definition, config],
  );
  const problems = useMemo(() => problemsByPath(issues, env, id), [issues, env, id]);
  const form = useMemo<FormContextValue>(
    () => ({
      problems,
      commit(path: KeyPath, value: JsonValue | undefined) {
        const state = store.getState();
        const current = selectWorkspace(state).components.find((c) => c.env === env && c.id === id);
        if (!current) return `${id} is no longer in ${env}`;
        const { label, result } = setField(state.files, current, path, value);
        if (!result.ok) return result.error;
        state.edit(label, result.files);
        return null;
      },
      referenceOptions(field: FormField) {
        if (!field.reference || !config) return [];
        const here = components.filter((c) => c.env === env && c.id !== id);
        return referenceOptions(field.reference, here, config, field.path, field.value);
      },
    }),
    [problems, store, env, id, config, components],
  );
  if (!config) {
    return (
      <p className="inspector-note">
        The file is not a JSON object, so there is no form. Fix it in the JSON tab.
      </p>
    );
  }
  const unplaced = unplacedProblems(problems, namesOf(fields));
  return (
    <FormContext value={form}>
      <form
        className="config-form"
        aria-label={`Config of ${id}`}
        onSubmit={(event) => event.preventDefault()}
      >
        {unplaced.map((problem) => (
          <p key={problem.message} className={`field-problem field-problem-${problem.severity}`}>
            {problem.message}
          </p>
        ))}
        {fields.map((field) => (
          <FieldView key={field.name} field={field} />
        ))}
      </form>
    </FormContext>
  );
}

function namesOf(fields: readonly FormField[], names = new Set<string>()): Set<string> {
  for (const field of fields) {
    names.add(field.name);
    namesOf(field.children, names);
  }
  return names;
}
