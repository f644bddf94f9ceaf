import type { JsonValue } from "@karma/core";
import { useState } from "react";
import { adoptionProblem } from "../commands/adopt-component.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { adoptUnmanaged } from "./adopt-unmanaged.ts";
import { selectDrift, selectDriftById } from "./drift-selectors.ts";
import { runtimeOutputsOf } from "./runtime-outputs.ts";
import "./runtime.css";

const statusText = {
  "in-sync": "In sync: the deployed config equals the repository's.",
  drifted: "Drifted: the deployed config differs from the repository's.",
  "not-deployed": "Not deployed: the snapshot has no config for it.",
  unknown: "Drift unknown",
  unmanaged: "Unmanaged: deployed, but not in the repository.",
  external: "Deployed outside this environment's components; the repository reads it.",
} as const;

/** The inspector's Runtime tab for one component of the shown environment. */
export function RuntimeTab({ id }: { id: string }) {
  const store = useEditorApi();
  const snapshot = useEditor((state) => state.snapshot);
  const drift = useEditor((state) => selectDriftById(state).get(id));
  const expected = useEditor((state) => selectDrift(state)?.missingOutputs);
  const adoptProblem = useEditor((state) => adoptionProblem(state, id));
  const [adoptError, setAdoptError] = useState<string | null>(null);
  if (!snapshot) {
    return (
      <p className="muted" data-testid="runtime-tab">
        No runtime snapshot imported. Use “Import runtime” with the output of{" "}
        <code>aws ssm get-parameters-by-path --path /iac --recursive --output json</code>.
      </p>
    );
  }
  const deployed = snapshot.components[id];
  const outputs = deployed ? runtimeOutputsOf(deployed) : [];
  const missing = (expected ?? []).filter((entry) => entry.dependency === id);
  return (
    <div className="runtime-tab" data-testid="runtime-tab">
      <p className={`drift-status drift-status-${drift?.status ?? "none"}`}>
        {drift ? statusText[drift.status] : `${id} is not in the snapshot ${snapshot.file}.`}
        {drift?.reason ? ` ${drift.reason}` : null}
      </p>
      {drift?.parameter ? <p className="muted mono">{drift.parameter}</p> : null}

      {drift?.status === "unmanaged" ? (
        <p>
          <button
            type="button"
            className="button button-primary"
            disabled={adoptProblem !== null}
            title={adoptProblem ?? `Add ${id} to the repository from its deployed config`}
            onClick={() => setAdoptError(adoptUnmanaged(store, id))}
          >
            Adopt
          </button>{" "}
          {adoptError ?? adoptProblem ?? ""}
        </p>
      ) : null}

      {drift && drift.changes.length > 0 ? (
        <>
          <h3 className="subheading">Differences</h3>
          <table className="drift-changes" aria-label="Differences from the deployed config">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Repository</th>
                <th scope="col">Deployed</th>
              </tr>
            </thead>
            <tbody>
              {drift.changes.map((change) => (
                <tr key={change.path} data-path={change.path}>
                  <th scope="row" className="mono">
                    {change.path}
                  </th>
                  <td className="mono">{show(change.after)}</td>
                  <td className="mono">{show(change.before)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      <h3 className="subheading">Runtime outputs</h3>
      {outputs.length === 0 ? (
        <p className="muted">The snapshot holds no runtime outputs for {id}.</p>
      ) : (
        <dl className="runtime-outputs" aria-label="Runtime outputs">
          {outputs.map((output) => (
            <div key={output.name} className="runtime-output">
              <dt className="mono">{output.name}</dt>
              <dd className="mono">{show(output.value)}</dd>
            </div>
          ))}
        </dl>
      )}

      {missing.length > 0 ? (
        <>
          <h3 className="subheading">Outputs dependents expect</h3>
          <ul className="missing-outputs" aria-label="Missing runtime outputs">
            {missing.map((entry) => (
              <li key={`${entry.dependent}:${entry.key}`}>
                <strong className="mono">{entry.missing.join(", ")}</strong>: {entry.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A value as a cell shows it: strings bare, the rest as JSON, absent as "not set". */
function show(value: JsonValue | undefined): string {
  if (value === undefined) return "not set";
  return typeof value === "string" ? value : JSON.stringify(value);
}
