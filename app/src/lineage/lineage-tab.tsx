import { type LineageHop, type LineageTrace, splitWorkspacePath, traceLineage } from "@karma/core";
import { TypeIcon } from "../canvas/type-icon.tsx";
import { chooseComponent } from "../finder/choose-component.ts";
import { componentOf } from "../model/component-of.ts";
import { memoizeLast } from "../model/memo.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectGraph, selectRepositories, selectWorkspace } from "../store/selectors.ts";
import { ProvenanceSection } from "./provenance-section.tsx";
import "./lineage.css";

const traceOf = memoizeLast(traceLineage);

/** The inspector's Lineage tab for one component of the shown environment. */
export function LineageTab({ id }: { id: string }) {
  const trace = useEditor((state) => traceOf(selectWorkspace(state), selectGraph(state), id));
  // in a workspace of several repositories: the component's, and whether it is the opened one
  const repo = useEditor((state) =>
    state.env === null ? undefined : componentOf(selectWorkspace(state), state.env, id)?.repo,
  );
  const first = useEditor((state) => selectRepositories(state).repositories[0]!.name);
  if (!trace) return <p className="muted">{id} is not in this environment.</p>;
  return (
    <div className="lineage-tab" data-testid="lineage-tab">
      <dl className="facts">
        {repo === undefined ? null : (
          <>
            <dt>Repository</dt>
            <dd data-testid="lineage-repo">{repo}</dd>
          </>
        )}
        <dt>File</dt>
        <dd className="mono">
          {trace.file === null
            ? "not in this repository (external)"
            : (splitWorkspacePath(trace.file)?.path ?? trace.file)}
        </dd>
        <dt>Environment</dt>
        <dd>{trace.env}</dd>
        <dt>Deployed from</dt>
        <dd>
          {trace.bindings.length === 0 ? (
            <span className="muted">no account environment names {trace.env}</span>
          ) : (
            <ul className="lineage-bindings">
              {trace.bindings.map((binding) => (
                <li key={binding.file} title={binding.file}>
                  {binding.name}: <span className="mono">{binding.configRepo ?? "—"}</span> at{" "}
                  <span className="mono">{binding.configBranch ?? "—"}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Config parameter</dt>
        <dd className="mono">{trace.parameters.config}</dd>
        <dt>Runtime parameter</dt>
        <dd className="mono">{trace.parameters.runtime}</dd>
      </dl>
      {trace.file === null ? null : repo === undefined || repo === first ? (
        <ProvenanceSection id={trace.id} env={trace.env} />
      ) : (
        <p className="muted">
          The history shown here is {first}'s; {repo}'s is in its own repository.
        </p>
      )}
      <HopList
        title="Origin (upstream)"
        empty="It depends on no other component."
        hops={trace.upstream}
        direction="upstream"
        trace={trace}
      />
      <HopList
        title="Effect (downstream)"
        empty="No component depends on it."
        hops={trace.downstream}
        direction="downstream"
        trace={trace}
      />
    </div>
  );
}

function HopList({
  title,
  empty,
  hops,
  direction,
  trace,
}: {
  title: string;
  empty: string;
  hops: LineageHop[];
  direction: "upstream" | "downstream";
  trace: LineageTrace;
}) {
  const store = useEditorApi();
  const depths = [...new Set(hops.map((hop) => hop.depth))];
  return (
    <section className={`lineage-hops lineage-hops-${direction}`} aria-label={title}>
      <h3 className="subheading">{title}</h3>
      {hops.length === 0 ? <p className="muted">{empty}</p> : null}
      {depths.map((depth) => (
        <div key={depth}>
          <h4 className="lineage-depth">{depth === 1 ? "Direct" : `${depth} hops away`}</h4>
          <ul>
            {hops
              .filter((hop) => hop.depth === depth)
              .map((hop) => (
                <li key={hop.id}>
                  <button
                    type="button"
                    className="lineage-hop"
                    data-id={hop.id}
                    title={`Select ${hop.id}`}
                    onClick={() => chooseComponent(store, hop.id)}
                  >
                    <TypeIcon type={hop.type} />
                    <span>{hop.id}</span>
                  </button>
                  <span className="lineage-key mono">
                    {hop.via === trace.id
                      ? hop.key
                      : direction === "upstream"
                        ? `${hop.via}.${hop.key}`
                        : `${hop.key} → ${hop.via}`}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
