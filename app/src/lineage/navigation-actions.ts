import type { EditorAction } from "../actions/editor-action.ts";
import { selectFocusTarget } from "../canvas/view-pipeline.ts";
import { defaultFocusDepth } from "../store/slices/navigation-slice.ts";
import { selectedComponents } from "../store/slices/selection-slice.ts";

const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;
const plain = (event: KeyboardEvent, key: string) =>
  !mod(event) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key;

export const findAction: EditorAction = {
  id: "find",
  label: "Find",
  kbd: "Ctrl+K",
  matches: (event) => mod(event) && !event.shiftKey && event.key.toLowerCase() === "k",
  enabled: (state) => state.env !== null,
  perform: ({ store }) => store.getState().setFinderOpen(true),
};

export const focusAction: EditorAction = {
  id: "focus",
  label: "Focus",
  kbd: "F",
  matches: (event) => plain(event, "f"),
  enabled: (state) => state.selection !== null,
  perform: ({ store }) => {
    const state = store.getState();
    state.setFocusDepth(selectFocusTarget(state) === null ? defaultFocusDepth : null);
  },
};

/** Ctrl/Cmd+click adds to the selection, and so does Shift+click: pick the second of a trace. */
export const multiSelectionKeys = ["Meta", "Control", "Shift"];

export const traceAction: EditorAction = {
  id: "trace",
  label: "Trace",
  kbd: "T",
  matches: (event) => plain(event, "t"),
  enabled: (state) => selectedComponents(state).length === 2,
  perform: ({ store }) => {
    const [from, to] = selectedComponents(store.getState());
    if (from && to) store.getState().setTrace({ from, to });
  },
};

export const navigationActions = [findAction, focusAction, traceAction];
