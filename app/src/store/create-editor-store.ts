import { createStore, type StoreApi } from "zustand/vanilla";
import { defaultEnvironment, repositoriesOf } from "../model/derive.ts";
import { configFilesOf } from "../model/repository-files.ts";
import { firstRepositoryName } from "../model/repository-name.ts";
import type { EditorState } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { createCommitSlice } from "./slices/commit-slice.ts";
import { createCompareSlice } from "./slices/compare-slice.ts";
import { createDeleteSlice } from "./slices/delete-slice.ts";
import { createHistorySlice } from "./slices/history-slice.ts";
import { createNavigationSlice } from "./slices/navigation-slice.ts";
import { createNicknameFocusSlice } from "./slices/nickname-focus-slice.ts";
import { createRuntimeSlice } from "./slices/runtime-slice.ts";
import { createSelectionSlice } from "./slices/selection-slice.ts";
import { createServeSlice } from "./slices/serve-slice.ts";
import { createTimelineSlice } from "./slices/timeline-slice.ts";
import { createUnappliedSlice, hasUnapplied } from "./slices/unapplied-slice.ts";
import { createWiringSlice } from "./slices/wiring-slice.ts";

/**
 * One editor's store: the document (files and their baseline), its history and the view state.
 * Every change to the document is a command (commands/) that commits one history step.
 */
export function createEditorStore(initial: Partial<EditorState> = {}): StoreApi<EditorStore> {
  return createStore<EditorStore>()((set, get) => ({
    ...createRuntimeSlice(set),
    ...createServeSlice(set),
    ...createCompareSlice(set),
    ...createTimelineSlice(set),
    ...createCommitSlice(set),
    ...createNavigationSlice(set),
    ...createDeleteSlice(set),
    ...createNicknameFocusSlice(set),
    ...createSelectionSlice(set, get),
    ...createHistorySlice(set, get),
    ...createWiringSlice(set),
    ...createUnappliedSlice(set, get),
    files: {},
    baseline: {},
    source: null,
    env: null,
    selection: null,
    past: [],
    future: [],
    placed: {},
    routes: {},
    dragging: null,
    sizes: {},
    fitRequest: 0,
    focusRequest: 0,
    layoutBusy: false,
    theme: "light",
    dialog: null,
    notice: null,
    autosave: "off",
    restoreOffer: null,
    ...initial,

    open(files, source, baseline = files) {
      const { workspace } = repositoriesOf(configFilesOf(files), firstRepositoryName(source));
      set((state) => ({
        files,
        baseline,
        source,
        env: defaultEnvironment(workspace, state.env),
        selection: null,
        alsoSelected: [],
        selectedEdges: [],
        past: [],
        future: [],
        placed: {},
        routes: {},
        dragging: null,
        fitRequest: state.fitRequest + 1,
        dialog: null,
        restoreOffer: null,
        unapplied: {},
        leaveRequest: null,
        // a snapshot describes the deployment of the repository it was imported for
        snapshot: null,
        driftFilter: "all",
        // a commit of another repository is no base for this one's plan
        compareBase: null,
        // the timeline showed that repository's history
        timelineOpen: false,
        shownCommit: null,
        commitOffer: null,
      }));
    },

    addRepository(name, added, { handle, notRead = [] }) {
      set((state) => {
        if (state.source === null) return {};
        const source = { ...state.source };
        if (notRead.length > 0) source.notRead = [...(source.notRead ?? []), ...notRead];
        if (handle) source.otherHandles = { ...source.otherHandles, [name]: handle };
        return {
          files: { ...state.files, ...added },
          baseline: { ...state.baseline, ...added },
          source,
          fitRequest: state.fitRequest + 1,
        };
      });
    },

    setEnv(env) {
      if (env === get().env) return;
      set((state) => ({
        env,
        selection: null,
        alsoSelected: [],
        selectedEdges: [],
        dragging: null,
        fitRequest: state.fitRequest + 1,
      }));
    },

    select(id, options = {}) {
      const current = get();
      // values typed and not applied are never left behind without asking
      if (id !== current.selection && hasUnapplied(current)) {
        set({ leaveRequest: { id } });
        return;
      }
      set((state) => ({
        selection: id,
        alsoSelected: [],
        focusRequest: options.focus && id !== null ? state.focusRequest + 1 : state.focusRequest,
      }));
    },

    dragTo(positions) {
      set((state) => ({ dragging: { ...state.dragging, ...positions } }));
    },

    endDrag() {
      set({ dragging: null });
    },

    place(env, positions) {
      set((state) => ({
        placed: { ...state.placed, [env]: { ...state.placed[env], ...positions } },
      }));
    },

    setRoutes(env, routes) {
      set((state) => ({ routes: { ...state.routes, [env]: routes } }));
    },

    setSizes(sizes) {
      set((state) => ({ sizes: { ...state.sizes, ...sizes } }));
    },

    setLayoutBusy(layoutBusy) {
      set({ layoutBusy });
    },

    requestFit() {
      set((state) => ({ fitRequest: state.fitRequest + 1 }));
    },

    markWritten(files) {
      set({ baseline: files });
    },

    setTheme(theme) {
      set({ theme });
    },

    setDialog(dialog) {
      set({ dialog });
    },

    notify(notice) {
      set({ notice });
    },

    setAutosave(autosave) {
      set({ autosave });
    },

    offerRestore(restoreOffer) {
      set({ restoreOffer });
    },
  }));
}
