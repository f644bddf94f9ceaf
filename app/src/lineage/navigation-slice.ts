/** How the canvas is narrowed: focus, trace, filters, finder and large-graph groups. */
export interface NavigationState {
  /** Focus mode: only the selection's lineage, this many hops each way; null when off. */
  focusDepth: number | null;
  /** The path asked for between two selected components; it counts while both stay selected. */
  trace: { from: string; to: string } | null;
  finderOpen: boolean;
  /** Component types left out of the canvas. */
  hiddenTypes: string[];
  issueFilter: IssueFilter;
  /** Type groups shown open on a large graph. */
  expandedGroups: string[];
}

export type IssueFilter = "all" | "errors" | "warnings" | "clean";

export interface NavigationSlice extends NavigationState {
  setFocusDepth(depth: number | null): void;
  setTrace(trace: { from: string; to: string } | null): void;
  setFinderOpen(open: boolean): void;
  setHiddenTypes(types: string[]): void;
  setIssueFilter(filter: IssueFilter): void;
  setExpandedGroups(types: string[]): void;
}

export const defaultFocusDepth = 2;

export function createNavigationSlice(
  set: (partial: Partial<NavigationState>) => void,
): NavigationSlice {
  return {
    focusDepth: null,
    trace: null,
    finderOpen: false,
    hiddenTypes: [],
    issueFilter: "all",
    expandedGroups: [],
    setFocusDepth(focusDepth) {
      set({ focusDepth });
    },
    setTrace(trace) {
      set({ trace });
    },
    setFinderOpen(finderOpen) {
      set({ finderOpen });
    },
    setHiddenTypes(hiddenTypes) {
      set({ hiddenTypes });
    },
    setIssueFilter(issueFilter) {
      set({ issueFilter });
    },
    setExpandedGroups(expandedGroups) {
      set({ expandedGroups });
    },
  };
}
