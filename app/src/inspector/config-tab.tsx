import type { Component, JsonValue, TypeDefinition } from "@karma/core";
import { useMemo } from "react";
import { runCommand } from "../commands/run-command.ts";
import { setFieldCommand } from "../commands/set-field.ts";
import type { KeyPath } from "../model/key-path.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectIssues, selectWorkspace } from "../store/selectors.ts";
import { problemsByPath, unplacedProblems } from "./field-problems.ts";
import { FieldView } from "./field-view.tsx";
import { FormContext, type FormContextValue } from "./form-context.ts";
import { type FormField, formFields } from "./form-fields.ts";
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
        // a refusal shows under the field that asked
        const args = { env, id, path, value };
        const outcome = runCommand(store, setFieldCommand, args, { quiet: true });
        return outcome.ok ? null : outcome.error;
      },
      env,
      component: id,
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
