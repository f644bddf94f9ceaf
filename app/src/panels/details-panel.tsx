import { downstream, upstream } from "@karma/core";
import { TypeIcon } from "../canvas/type-icon.tsx";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectGraph, selectNodeViews, selectWorkspace } from "../store/selectors.ts";

/** Read-only facts about the selected component (the editing inspector comes later). */
export function DetailsPanel() {
  const store = useEditorApi();
  const selection = useEditor((state) => state.selection);
  const view = useEditor((state) =>
    selection ? selectNodeViews(state).get(selection) : undefined,
  );
  const env = useEditor((state) => state.env);
  const component = useEditor((state) =>
    selection
      ? selectWorkspace(state).components.find((c) => c.env === env && c.id === selection)
      : undefined,
  );
  const graph = useEditor(selectGraph);
  if (!selection || !view) return null;
  const origins = upstream(graph, selection).size;
  const effects = downstream(graph, selection).size;
  return (
    <aside className="side-panel details-panel" aria-label={`Details of ${selection}`}>
      <div className="panel-header">
        <h2 className="details-title">
          <TypeIcon type={view.type} />
          <span className="details-name">
            <span className="node-type">{view.type}</span>
            <span className="details-nickname">{view.nickname}</span>
          </span>
        </h2>
        <button
          type="button"
          className="button button-icon"
          aria-label="Close details"
          onClick={() => store.getState().select(null)}
        >
          ×
        </button>
      </div>
      <dl className="facts">
        <dt>Environment</dt>
        <dd>{env}</dd>
        <dt>File</dt>
        <dd className="mono">
          {component?.file ?? (view.external ? "not in this environment" : "—")}
        </dd>
        {view.external ? (
          <>
            <dt>External</dt>
            <dd>{view.foundInEnv ? `defined in ${view.foundInEnv}` : "not in this repository"}</dd>
          </>
        ) : null}
        <dt>Depends on</dt>
        <dd>
          {origins} component{origins === 1 ? "" : "s"} (upstream)
        </dd>
        <dt>Affects</dt>
        <dd>
          {effects} component{effects === 1 ? "" : "s"} (downstream)
        </dd>
        <dt>Issues</dt>
        <dd>
          {view.errors} error{view.errors === 1 ? "" : "s"}, {view.warnings} warning
          {view.warnings === 1 ? "" : "s"}
        </dd>
        <dt>Plan</dt>
        <dd>{view.plan === "none" ? "no change" : view.plan}</dd>
      </dl>
      {component?.config ? (
        <>
          <h3 className="subheading">Config</h3>
          <pre className="config-preview">{JSON.stringify(component.config, null, 2)}</pre>
        </>
      ) : null}
    </aside>
  );
}
