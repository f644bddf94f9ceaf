import type { DriftSummary as Summary } from "@karma/core";
import type { DriftFilter } from "../state/editor-state.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectDrift } from "./drift-selectors.ts";
import "./runtime.css";

const statuses: { filter: Exclude<DriftFilter, "all">; count: keyof Summary; words: string }[] = [
  { filter: "drifted", count: "drifted", words: "drifted" },
  { filter: "not-deployed", count: "notDeployed", words: "not deployed" },
  { filter: "unmanaged", count: "unmanaged", words: "unmanaged" },
  { filter: "in-sync", count: "inSync", words: "in sync" },
];

/**
 * Drift at a glance on the canvas once a snapshot is imported: how many components drifted, are not deployed,
 * run unmanaged or are in sync. Each count shows only those components; pressed again, all.
 */
export function DriftSummary() {
  const store = useEditorApi();
  const summary = useEditor((state) => selectDrift(state)?.summary ?? null);
  const filter = useEditor((state) => state.driftFilter);
  if (summary === null) return null;
  return (
    <fieldset className="drift-summary" aria-label="Drift summary">
      {statuses.map((status) => {
        const pressed = filter === status.filter;
        return (
          <button
            key={status.filter}
            type="button"
            className="drift-count"
            data-status={status.filter}
            aria-pressed={pressed}
            disabled={summary[status.count] === 0 && !pressed}
            title={
              pressed ? "Show every component again" : `Show only the ${status.words} components`
            }
            onClick={() => store.getState().setDriftFilter(pressed ? "all" : status.filter)}
          >
            {summary[status.count]} {status.words}
          </button>
        );
      })}
    </fieldset>
  );
}
