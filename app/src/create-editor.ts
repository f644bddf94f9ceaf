import { startAutosave } from "./autosave/autosave.ts";
import type { LayoutClient } from "./layout/layout-client.ts";
import { startLayoutService } from "./layout/layout-service.ts";
import type { Theme } from "./state/editor-state.ts";
import { createEditorStore } from "./store/create-editor-store.ts";
import type { Editor } from "./store/editor-context.tsx";

/** A fresh editor: store, layout worker and autosave, nothing shared with another editor. */
export function createEditor(theme: Theme, client: LayoutClient): Editor {
  const store = createEditorStore({ theme });
  const layout = startLayoutService(store, client);
  let autosaving = false;
  return {
    store,
    layout,
    startAutosave() {
      if (autosaving) return;
      autosaving = true;
      startAutosave(store);
    },
  };
}
