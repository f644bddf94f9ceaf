import type { EditorAction } from "../actions/editor-action.ts";
import { isServed, saveToServer } from "./save-to-server.ts";

/** "Save" in place of "Export" when the app is served by `karma serve`. */
export const saveAction: EditorAction = {
  id: "save",
  label: "Save",
  kbd: "Ctrl+S",
  enabled: (state) => isServed(state),
  perform: ({ store }) => void saveToServer(store),
};
