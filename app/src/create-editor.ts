import { startAutosave } from "./autosave/autosave.ts";
import type { LayoutClient } from "./layout/layout-client.ts";
import { startLayoutService } from "./layout/layout-service.ts";
import { groupIssues } from "./panels/issue-groups.ts";
import type { Theme } from "./state/editor-state.ts";
import { createEditorStore } from "./store/create-editor-store.ts";
import type { Editor } from "./store/editor-context.tsx";
import { publishedStore, type Warmer } from "./store/published-store.ts";
import {
  selectEditPlan,
  selectExportCheck,
  selectGraph,
  selectIssues,
  selectNodeViews,
} from "./store/selectors.ts";

/**
 * What a change to the document derives, step by step, each in a task of its own before the
 * state is drawn: the workspace and graph, the plan of the edits, the issues, then what the
 * canvas and the panels build from them.
 */
const derivationSteps: Warmer[] = [
  selectGraph,
  selectEditPlan,
  selectIssues,
  (state) => selectNodeViews(state),
  (state) => groupIssues(selectIssues(state), state.env),
  selectExportCheck,
];

/** A fresh editor: store, layout worker and autosave, nothing shared with another editor. */
export function createEditor(theme: Theme, client: LayoutClient): Editor {
  const store = createEditorStore({ theme });
  const published = publishedStore(store, derivationSteps).store;
  const layout = startLayoutService(store, client, published);
  let autosaving = false;
  return {
    store,
    published,
    layout,
    startAutosave() {
      if (autosaving) return;
      autosaving = true;
      startAutosave(store);
    },
  };
}
