import { navigationActions } from "../lineage/navigation-actions.ts";
import { isServed, saveToServer } from "../serve/save-to-server.ts";
import { selectGraph } from "../store/selectors.ts";
import type { EditorAction } from "./editor-action.ts";
import { startExport } from "./export-changes.ts";
import { keyboardActions } from "./keyboard-actions.ts";

const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;

export const autoLayoutAction: EditorAction = {
  id: "auto-layout",
  label: "Auto layout",
  kbd: "Shift+L",
  matches: (event) => event.shiftKey && !mod(event) && event.key.toLowerCase() === "l",
  enabled: (state) =>
    !state.layoutBusy && state.shownCommit === null && selectGraph(state).nodes.length > 0,
  perform: ({ layout }) => void layout.autoLayout(),
};

export const undoAction: EditorAction = {
  id: "undo",
  label: "Undo",
  kbd: "Ctrl+Z",
  matches: (event) => mod(event) && !event.shiftKey && event.key.toLowerCase() === "z",
  // the timeline shows a commit read-only: the history waits
  enabled: (state) => state.shownCommit === null && state.past.length > 0,
  perform: ({ store }) => store.getState().undo(),
};

export const redoAction: EditorAction = {
  id: "redo",
  label: "Redo",
  kbd: "Ctrl+Shift+Z",
  matches: (event) =>
    mod(event) &&
    ((event.shiftKey && event.key.toLowerCase() === "z") || event.key.toLowerCase() === "y"),
  enabled: (state) => state.shownCommit === null && state.future.length > 0,
  perform: ({ store }) => store.getState().redo(),
};

export const planAction: EditorAction = {
  id: "plan",
  label: "Plan",
  enabled: (state) => state.source !== null,
  perform: ({ store }) => store.getState().setDialog("plan"),
};

export const exportAction: EditorAction = {
  id: "export",
  label: "Export",
  kbd: "Ctrl+S",
  matches: (event) => mod(event) && event.key.toLowerCase() === "s",
  enabled: (state) => state.source !== null,
  // under karma serve, Ctrl+S saves to disk
  perform: ({ store }) =>
    isServed(store.getState()) ? void saveToServer(store) : startExport(store),
};

export const shortcutActions = [
  undoAction,
  redoAction,
  exportAction,
  autoLayoutAction,
  ...navigationActions,
  ...keyboardActions,
];
