import { downstream, upstream } from "@karma/core";
import type { NodeView } from "../model/node-views.ts";
import { useEditor } from "../store/editor-context.tsx";
import { selectGraph } from "../store/selectors.ts";

/** Where a component is and how it connects; all an external node has to show. */
export function ComponentFacts({ view, file }: { view: NodeView; file: string | null }) {
  const env = useEditor((state) => state.env);
  const graph = useEditor(selectGraph);
  const origins = upstream(graph, view.id).size;
  const effects = downstream(graph, view.id).size;
  return (
    <dl className="facts">
      <dt>Environment</dt>
      <dd>{env}</dd>
      <dt>File</dt>
      <dd className="mono">{file ?? (view.external ? "not in this environment" : "—")}</dd>
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
  );
}
