import type { NavigationSlice, NavigationState } from "../../state/editor-store.ts";

export const defaultFocusDepth = 2;
/** The depths focus mode offers (and a link may carry). */
export const focusDepths = [1, 2, 3, 5, 10];

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
