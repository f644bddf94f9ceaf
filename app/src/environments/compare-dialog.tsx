import type { JsonValue } from "@karma/core";
import { useState } from "react";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectWorkspace } from "../store/selectors.ts";
import { Dialog } from "../ui/dialog.tsx";
import { type ComparisonRow, compareEnvironments } from "./compare-environments.ts";
import { promote } from "./promote.ts";
import "./environments.css";

/** Two environments side by side, with a Promote button per component in either direction. */
export function CompareDialog() {
  const open = useEditor((state) => state.dialog === "compare");
  return open ? <CompareContent /> : null;
}

function CompareContent() {
  const store = useEditorApi();
  const workspace = useEditor(selectWorkspace);
  const environments = workspace.environments;
  const [left, setLeft] = useState(() => environments[0] ?? "");
  const [right, setRight] = useState(() => environments.find((env) => env !== left) ?? left);
  const comparison = compareEnvironments(workspace, left, right);
  const close = () => store.getState().setDialog(null);
  const { counts } = comparison;
  return (
    <Dialog
      title="Compare environments"
      onClose={close}
      testId="compare-dialog"
      actions={
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      }
    >
      <div className="compare-pick">
        <EnvironmentPicker label="Compare" value={left} options={environments} onChange={setLeft} />
        <EnvironmentPicker label="with" value={right} options={environments} onChange={setRight} />
      </div>
      <p className="compare-summary" data-testid="compare-summary">
        {counts["only-left"]} only in {left}, {counts["only-right"]} only in {right},{" "}
        {counts.different} different, {counts.same} the same
      </p>
      <ul className="compare-rows">
        {comparison.rows.map((row) => (
          <CompareRow
            key={row.id}
            row={row}
            left={left}
            right={right}
            onPromote={(from, to) => promote(store, row.id, from, to)}
          />
        ))}
      </ul>
    </Dialog>
  );
}

function EnvironmentPicker(props: {
  label: string;
  value: string;
  options: string[];
  onChange: (env: string) => void;
}) {
  return (
    <label className="field-inline">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.options.map((env) => (
          <option key={env} value={env}>
            {env}
          </option>
        ))}
      </select>
    </label>
  );
}

const statusWords = (row: ComparisonRow, left: string, right: string): string => {
  if (row.status === "only-left") return `only in ${left}`;
  if (row.status === "only-right") return `only in ${right}`;
  if (row.status === "same") return "the same";
  return `${row.changes.length} key${row.changes.length === 1 ? "" : "s"} differ`;
};

function CompareRow(props: {
  row: ComparisonRow;
  left: string;
  right: string;
  onPromote: (from: string, to: string) => void;
}) {
  const { row, left, right, onPromote } = props;
  const inLeft = row.status !== "only-right";
  const inRight = row.status !== "only-left";
  const differs = row.status !== "same" && left !== right;
  return (
    <li
      className={`compare-row compare-${row.status}`}
      data-testid="compare-row"
      data-component={row.id}
      data-status={row.status}
    >
      <div className="compare-row-head">
        <span className="compare-name">{row.id}</span>
        <span className="compare-status">{statusWords(row, left, right)}</span>
        {differs && inLeft ? (
          <button
            type="button"
            className="button"
            aria-label={`Promote ${row.id} from ${left} to ${right}`}
            onClick={() => onPromote(left, right)}
          >
            Promote to {right}
          </button>
        ) : null}
        {differs && inRight ? (
          <button
            type="button"
            className="button"
            aria-label={`Promote ${row.id} from ${right} to ${left}`}
            onClick={() => onPromote(right, left)}
          >
            Promote to {left}
          </button>
        ) : null}
      </div>
      {row.changes.length > 0 ? (
        <table className="compare-keys">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">{left}</th>
              <th scope="col">{right}</th>
            </tr>
          </thead>
          <tbody>
            {row.changes.map((change) => (
              <tr key={change.path}>
                <th scope="row">{change.path === "" ? "(whole file)" : change.path}</th>
                <td>{shown(change.before)}</td>
                <td>{shown(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

function shown(value: JsonValue | undefined): string {
  return value === undefined ? "(absent)" : JSON.stringify(value);
}
