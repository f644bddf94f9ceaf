import type { EditorStore } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { compareLabel } from "./compare-label.ts";
import { compareWith } from "./compare-with.ts";
import "./serve.css";

const selectCompareBase = (state: EditorStore) => state.compareBase;

/** While the plan is against a commit: says which, and goes back to the opened files. */
export function CompareChip() {
  const store = useEditorApi();
  const base = useEditor(selectCompareBase);
  if (!base) return null;
  return (
    <span
      className="compare-chip"
      data-testid="compare-chip"
      title={`The plan shows every change since ${base.commit}; Save still writes only your edits`}
    >
      Compared with {compareLabel(base)}
      <button
        type="button"
        className="compare-chip-close"
        aria-label={`Stop comparing with ${base.ref}`}
        title="Back to the plan since the files were opened"
        onClick={() => void compareWith(store, null)}
      >
        ×
      </button>
    </span>
  );
}
