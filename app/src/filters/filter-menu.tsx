import type { Graph } from "@karma/core";
import { useEffect, useId } from "react";
import { useShallow } from "zustand/react/shallow";
import { memoizeByRef } from "../model/memo.ts";
import { DriftFilterField } from "../runtime/drift-filter-field.tsx";
import type { IssueFilter } from "../state/editor-store.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectGraph } from "../store/selectors.ts";
import { usePopover } from "../ui/use-popover.ts";
import { fitOnFilterChange } from "./fit-on-filter-change.ts";
import { issueFilters } from "./issue-filters.ts";

/**
 * Which component types, issue and drift statuses the canvas shows; the others are hidden, and
 * the view fits what is left.
 */
export function FilterMenu() {
  const store = useEditorApi();
  const menu = usePopover();
  useEffect(() => fitOnFilterChange(store), [store]);
  const types = useEditor(useShallow((state) => typesOf(selectGraph(state))));
  const hidden = useEditor((state) => state.hiddenTypes);
  const issueFilter = useEditor((state) => state.issueFilter);
  const driftFilter = useEditor((state) => state.driftFilter);
  const issueId = useId();
  const active = hidden.length > 0 || issueFilter !== "all" || driftFilter !== "all";
  const setHidden = (type: string, shown: boolean) =>
    store
      .getState()
      .setHiddenTypes(shown ? hidden.filter((t) => t !== type) : [...hidden, type].sort());
  return (
    <>
      <button type="button" className="button" aria-label="Filter" {...menu.buttonProps}>
        Filter{active ? " •" : ""}
      </button>
      <div className="view-menu-body" {...menu.popoverProps}>
        <label className="view-field" htmlFor={issueId}>
          Issues
          <select
            id={issueId}
            value={issueFilter}
            onChange={(event) => store.getState().setIssueFilter(event.target.value as IssueFilter)}
          >
            {issueFilters.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <DriftFilterField />
        <fieldset className="filter-types">
          <legend>Types</legend>
          {types.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={!hidden.includes(type)}
                onChange={(event) => setHidden(type, event.target.checked)}
              />
              {type}
            </label>
          ))}
        </fieldset>
        {active ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              store.getState().setHiddenTypes([]);
              store.getState().setIssueFilter("all");
              store.getState().setDriftFilter("all");
            }}
          >
            Show all
          </button>
        ) : null}
      </div>
    </>
  );
}

/** The types of a graph's nodes, sorted: once per graph, not on every change of the editor. */
const typesOf = memoizeByRef((graph: Graph): string[] =>
  [...new Set(graph.nodes.map((node) => node.type))].sort(),
);
