import { useEditor, useEditorServices } from "../store/editor-context.tsx";
import { traceAction } from "./navigation-actions.ts";
import { pathNodes, selectTrace } from "./trace-path.ts";

/** "Trace": the dependency path between the two selected components (Shift+click the second). */
export function TraceControl() {
  const editor = useEditorServices();
  const enabled = useEditor(traceAction.enabled);
  const trace = useEditor(selectTrace);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!enabled}
        title={`Highlight the dependency path between two selected components; Shift+click selects the second (${traceAction.kbd})`}
        aria-keyshortcuts={traceAction.kbd}
        onClick={() => traceAction.perform(editor)}
      >
        Trace
      </button>
      {trace ? (
        <output className="trace-result" data-testid="trace-result">
          {trace.path === null
            ? `No dependency path between ${trace.from} and ${trace.to}.`
            : `Path: ${pathNodes(trace.path).join(" → ")}`}
        </output>
      ) : null}
    </>
  );
}
