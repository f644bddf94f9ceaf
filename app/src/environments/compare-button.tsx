import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectWorkspace } from "../store/selectors.ts";

/** Opens the comparison of two environments; needs at least two. */
export function CompareButton() {
  const store = useEditorApi();
  const count = useEditor((state) => selectWorkspace(state).environments.length);
  return (
    <button
      type="button"
      className="button"
      disabled={count < 2}
      title="Compare two environments side by side, and promote components between them"
      onClick={() => store.getState().setDialog("compare")}
    >
      Compare
    </button>
  );
}
