import { validateRepositoriesInSteps } from "@karma/core";
import { startAutosave } from "./autosave/autosave.ts";
import { groupedViewInSteps } from "./canvas/view-pipeline.ts";
import { isGroupedGraph } from "./large-graph/group-layout.ts";
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
  selectRepositories,
} from "./store/selectors.ts";

// about 10 ms of work each on a laptop: a 5,000-component environment in some twenty tasks
const componentsPerSlice = 250;

/**
 * What a change to the document derives, step by step, each in a task of its own before the
 * state is drawn: the validation (in slices), the graph, the plan of the edits, the issues, then
 * what the canvas and the panels build from them.
 */
const derivationSteps: Warmer[] = [
  // the validation of every repository (references resolved on the way) in slices of components
  (state) =>
    validateRepositoriesInSteps(selectRepositories(state).repositories, componentsPerSlice),
  selectGraph,
  selectEditPlan,
  selectIssues,
  (state) => selectNodeViews(state),
  // over 1,500 components the canvas draws groups: which component is in which
  (state) => (isGroupedGraph(selectGraph(state)) ? groupedViewInSteps(state) : null),
  (state) => groupIssues(selectIssues(state), state.env),
  selectExportCheck,
];

/** A fresh editor: store, layout worker and autosave, nothing shared with another editor. */
export function createEditor(theme: Theme, client: LayoutClient): Editor {
  const store = createEditorStore({ theme });
  const published = publishedStore(store, derivationSteps);
  const layout = startLayoutService(store, client, published.store);
  let autosaving = false;
  return {
    store,
    published: published.store,
    addWarmer: published.addWarmer,
    layout,
    startAutosave() {
      if (autosaving) return;
      autosaving = true;
      startAutosave(store);
    },
  };
}
