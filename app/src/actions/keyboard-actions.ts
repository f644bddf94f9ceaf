import type { EditorStore } from "../state/editor-store.ts";
import { selectGraph } from "../store/selectors.ts";
import { selectedComponents } from "../store/slices/selection-slice.ts";
import { deleteSelection } from "./delete-selection.ts";
import { duplicateSelection } from "./duplicate-components.ts";
import type { EditorAction } from "./editor-action.ts";
import { nudgeSelection } from "./nudge-selection.ts";

const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;
const plain = (event: KeyboardEvent) => !mod(event) && !event.altKey;
const hasSelection = (state: EditorStore) =>
  state.selection !== null || state.alsoSelected.length > 0 || state.selectedEdges.length > 0;

export const deleteSelectionAction: EditorAction = {
  id: "delete-selection",
  label: "Delete the selection (components ask first; edges clear their reference)",
  kbd: "Delete",
  matches: (event) => plain(event) && (event.key === "Delete" || event.key === "Backspace"),
  enabled: hasSelection,
  perform: ({ store }) => deleteSelection(store),
};

export const selectAllAction: EditorAction = {
  id: "select-all",
  label: "Select all components",
  kbd: "Ctrl+A",
  matches: (event) => mod(event) && !event.shiftKey && event.key.toLowerCase() === "a",
  enabled: (state) => selectGraph(state).nodes.length > 0,
  perform: ({ store }) => {
    const ids = selectGraph(store.getState())
      .nodes.filter((node) => !node.external)
      .map((node) => node.id);
    const primary = store.getState().selection;
    store.getState().selectNodes(primary ?? ids[0] ?? null, ids);
  },
};

export const clearSelectionAction: EditorAction = {
  id: "clear-selection",
  label: "Clear the selection",
  kbd: "Escape",
  matches: (event) => event.key === "Escape",
  enabled: hasSelection,
  perform: ({ store }) => store.getState().clearSelection(),
};

export const duplicateAction: EditorAction = {
  id: "duplicate",
  label: "Duplicate the selected components",
  kbd: "Ctrl+D",
  matches: (event) => mod(event) && !event.shiftKey && event.key.toLowerCase() === "d",
  enabled: (state) => selectedComponents(state).length > 0,
  perform: ({ store }) => duplicateSelection(store),
};

// the steps React Flow moves a focused node by, so both ways of nudging agree
const nudgeStep = 5;
const bigStep = 20;
const directions = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
} as const;

export const nudgeAction: EditorAction = {
  id: "nudge",
  label: `Move the selected components by ${nudgeStep} (with Shift: ${bigStep})`,
  kbd: "Arrow keys",
  matches: (event) => plain(event) && Object.hasOwn(directions, event.key),
  enabled: (state) => selectedComponents(state).length > 0,
  perform: ({ store }, event) => {
    const [dx, dy] = directions[(event?.key ?? "ArrowRight") as keyof typeof directions];
    const step = event?.shiftKey ? bigStep : nudgeStep;
    nudgeSelection(store, dx * step, dy * step);
  },
};

export const shortcutsAction: EditorAction = {
  id: "shortcuts",
  label: "Show keyboard shortcuts",
  kbd: "?",
  matches: (event) => !mod(event) && event.key === "?",
  enabled: () => true,
  perform: ({ store }) => store.getState().setDialog("shortcuts"),
};

export const keyboardActions = [
  deleteSelectionAction,
  selectAllAction,
  clearSelectionAction,
  duplicateAction,
  nudgeAction,
  shortcutsAction,
];
