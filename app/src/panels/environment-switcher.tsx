import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectWorkspace } from "../store/selectors.ts";

export function EnvironmentSwitcher() {
  const store = useEditorApi();
  const environments = useEditor((state) => selectWorkspace(state).environments);
  const env = useEditor((state) => state.env);
  return (
    <label className="field-inline">
      <span className="field-inline-label">Environment</span>
      <select
        value={env ?? ""}
        disabled={environments.length === 0}
        onChange={(event) => store.getState().setEnv(event.currentTarget.value)}
      >
        {environments.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
