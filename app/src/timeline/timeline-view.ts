import type { FileMap, LayoutPositions } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { createLayoutClient } from "../layout/layout-client.ts";
import { startLayoutService } from "../layout/layout-service.ts";
import { savedPositionsOf } from "../model/derive.ts";
import { withOtherRepositories } from "../model/repository-files.ts";
import { selectCanvasBasePositions } from "../plan/plan-selectors.ts";
import type { ShownCommit } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { createEditorStore } from "../store/create-editor-store.ts";
import type { Editor } from "../store/editor-context.tsx";
import { selectBasePositions } from "../store/selectors.ts";
import { timelinePositions, withoutLayoutFiles } from "./view-files.ts";

/**
 * The editor the timeline draws a commit with: a store of its own, never the document's, so the
 * document, its history, its export and its autosave are as they were when the timeline closes.
 * It is read-only (its `shownCommit` is always set) and never kept in the browser. Its layout
 * worker places only what has no place now.
 */
export function createTimelineView(main: EditorStore): Editor {
  const store = createEditorStore({
    theme: main.theme,
    source: main.source,
    env: main.env,
    sizes: main.sizes,
  });
  return {
    store,
    // a commit is shown as it is read, never edited: nothing to publish later
    published: store,
    addWarmer: () => () => undefined,
    layout: startLayoutService(store, createLayoutClient()),
    startAutosave() {},
  };
}

/** A commit's files, shown in the timeline's view against its parent's (the marks of the commit). */
export interface CommitFiles {
  commit: ShownCommit;
  files: FileMap;
  /** The files before it: its parent's, or none for a first commit. */
  parent: FileMap;
}

/**
 * Shows a commit in the view: its components where they stand in the document now, the others
 * where an earlier step put them or where the commit's layout had them; the plan of the view is
 * then what the commit changed. A view, not an edit: no history step.
 */
export function showInView(
  view: StoreApi<EditorStore>,
  main: EditorStore,
  shown: CommitFiles,
): void {
  const env = main.env;
  if (env === null) return;
  const state = view.getState();
  const positions = timelinePositions(
    selectBasePositions(main),
    state.env === env ? (state.placed[env] ?? {}) : {},
    // a ghost of what the commit deleted where its parent's layout had it
    { ...savedPositionsOf(shown.parent, env), ...savedPositionsOf(shown.files, env) },
  );
  // the document's routes fit the nodes that stand where they stand now
  const routes = { ...(state.env === env ? state.routes[env] : {}), ...main.routes[env] };
  // the served repository's commit, beside the other repositories of the workspace as opened
  view.setState({
    files: withoutLayoutFiles(withOtherRepositories(shown.files, main.baseline)),
    baseline: withoutLayoutFiles(withOtherRepositories(shown.parent, main.baseline)),
    env,
    placed: { [env]: positions },
    routes: { [env]: routes },
    dragging: null,
    shownCommit: shown.commit,
    theme: main.theme,
    ...(state.env === env ? {} : { selection: null, alsoSelected: [], selectedEdges: [] }),
  });
}

/**
 * Keeps where the view drew each node, ghosts of deleted components included, so that the
 * steps after this one draw it there too.
 */
export function keepPlaces(view: StoreApi<EditorStore>): void {
  const state = view.getState();
  if (state.env === null) return;
  const placed = state.placed[state.env] ?? {};
  const drawn = selectCanvasBasePositions(state);
  const missing: LayoutPositions = {};
  for (const id of Object.keys(drawn)) {
    if (!Object.hasOwn(placed, id)) missing[id] = drawn[id]!;
  }
  if (Object.keys(missing).length > 0) state.place(state.env, missing);
}
