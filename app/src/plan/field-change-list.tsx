import type { FieldChange, JsonValue } from "@karma/core";

const longValue = 80;

/** The changed keys of one component: path, value before → value after. */
export function FieldChangeList({ changes }: { changes: FieldChange[] }) {
  return (
    <ul className="field-changes">
      {changes.map((change) => (
        <li key={change.path} className="field-change">
          <span className="field-path">{change.path === "" ? "(whole config)" : change.path}</span>
          {change.before !== undefined ? <Value value={change.before} side="before" /> : null}
          {change.before !== undefined && change.after !== undefined ? (
            <span className="field-arrow" role="img" aria-label="becomes">
              →
            </span>
          ) : null}
          {change.after !== undefined ? <Value value={change.after} side="after" /> : null}
        </li>
      ))}
    </ul>
  );
}

function Value({ value, side }: { value: JsonValue; side: "before" | "after" }) {
  const text = JSON.stringify(value);
  const shown = text.length > longValue ? `${text.slice(0, longValue - 1)}…` : text;
  return (
    <span className={`field-value field-${side}`} title={text}>
      {shown}
    </span>
  );
}
