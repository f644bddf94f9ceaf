import {
  type FileMap,
  type LayoutPositions,
  layoutFilePath,
  serializeLayoutFile,
} from "@karma/core";
import { createStore, type StoreApi } from "zustand/vanilla";
import { createSelectionSlice, type SelectionSlice } from "../actions/selection-slice.ts";
import { followSelection } from "../history/follow-selection.ts";
import { createHistorySlice, type HistorySlice } from "../history/history-slice.ts";
import { createDeleteSlice, type DeleteSlice } from "../inspector/delete-slice.ts";
import {
  createNicknameFocusSlice,
  type NicknameFocusSlice,
} from "../inspector/nickname-focus-slice.ts";
import { createNavigationSlice, type NavigationSlice } from "../lineage/navigation-slice.ts";
import { defaultEnvironment, savedPositionsOf, workspaceOf } from "../model/derive.ts";
import { configFilesOf } from "../model/repository-files.ts";
import { createRuntimeSlice, type RuntimeSlice } from "../runtime/runtime-slice.ts";
import { createServeSlice, type ServeSlice } from "../serve/serve-slice.ts";
import { createWiringSlice, type WiringSlice } from "../wiring/wiring-slice.ts";
import type {
  AutosaveStatus,
  Dialog,
  EditorState,
  Notice,
  RepositorySource,
  SavedWork,
  Size,
  Theme,
} from "./editor-state.ts";

export interface EditorActions {
  /** Opens a repository: its files become both the baseline and the working state. */
  open(files: FileMap, source: RepositorySource, baseline?: FileMap): void;
  setEnv(env: string): void;
  select(id: string | null, options?: { focus?: boolean }): void;
  /** One edit of the files, undoable as one step. No-op when nothing changes. */
  edit(label: string, files: FileMap): void;
  undo(): void;
  redo(): void;
  dragTo(positions: LayoutPositions): void;
  /**
   * Saves positions of the shown environment in its layout file as one undo step: merged with
   * the positions shown (a move), or replacing them (auto layout). Automatic positions stay
   * as the fallback, so undoing the first move puts nodes back where they were.
   */
  savePositions(
    env: string,
    positions: LayoutPositions,
    mode: "merge" | "replace",
    label?: string,
  ): void;
  place(env: string, positions: LayoutPositions): void;
  setSizes(sizes: Record<string, Size>): void;
  setLayoutBusy(busy: boolean): void;
  requestFit(): void;
  /** After the changes were written back to the opened folder, they are the new baseline. */
  markWritten(files: FileMap): void;
  setTheme(theme: Theme): void;
  setDialog(dialog: Dialog): void;
  notify(notice: Notice | null): void;
  setAutosave(status: AutosaveStatus): void;
  offerRestore(work: SavedWork | null): void;
}

export type EditorStore = EditorState &
  EditorActions &
  RuntimeSlice &
  ServeSlice &
  DeleteSlice &
  NicknameFocusSlice &
  SelectionSlice &
  HistorySlice &
  WiringSlice &
  NavigationSlice;

const historyLimit = 200;

export function createEditorStore(initial: Partial<EditorState> = {}): StoreApi<EditorStore> {
  return createStore<EditorStore>()((set, get) => ({
    ...createRuntimeSlice(set),
    ...createServeSlice(set),
    ...createNavigationSlice(set),
    ...createDeleteSlice(set),
    ...createNicknameFocusSlice(set),
    ...createSelectionSlice(set),
    ...createHistorySlice(set, get),
    ...createWiringSlice(set),
    files: {},
    baseline: {},
    source: null,
    env: null,
    selection: null,
    past: [],
    future: [],
    placed: {},
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
      const workspace = workspaceOf(configFilesOf(files));
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
        dragging: null,
        fitRequest: state.fitRequest + 1,
        dialog: null,
        restoreOffer: null,
        // a snapshot describes the deployment of the repository it was imported for
        snapshot: null,
        driftFilter: "all",
      }));
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
      set((state) => ({
        selection: id,
        alsoSelected: [],
        focusRequest: options.focus && id !== null ? state.focusRequest + 1 : state.focusRequest,
      }));
    },

    edit(label, files) {
      const state = get();
      if (files === state.files) return;
      set({
        files,
        past: [...state.past, { label, files: state.files }].slice(-historyLimit),
        future: [],
      });
    },

    undo() {
      const { past, future, files } = get();
      const step = past.at(-1);
      if (!step) return;
      set((state) => ({
        files: step.files,
        past: past.slice(0, -1),
        future: [...future, { label: step.label, files }],
        dragging: null,
        selection: followSelection(files, step.files, state.env, state.selection),
      }));
    },

    redo() {
      const { past, future, files } = get();
      const step = future.at(-1);
      if (!step) return;
      set((state) => ({
        files: step.files,
        past: [...past, { label: step.label, files }],
        future: future.slice(0, -1),
        dragging: null,
        selection: followSelection(files, step.files, state.env, state.selection),
      }));
    },

    dragTo(positions) {
      set((state) => ({ dragging: { ...state.dragging, ...positions } }));
    },

    savePositions(env, positions, mode, label) {
      const state = get();
      const saved = savedPositionsOf(state.files, env);
      const next =
        mode === "merge"
          ? { ...state.placed[env], ...saved, ...positions }
          : { ...saved, ...positions };
      const path = layoutFilePath(env);
      const text = serializeLayoutFile(next);
      set({ dragging: null });
      if (state.files[path] === text) return;
      get().edit(label ?? (mode === "merge" ? "Move components" : "Auto layout"), {
        ...state.files,
        [path]: text,
      });
    },

    place(env, positions) {
      set((state) => ({
        placed: { ...state.placed, [env]: { ...state.placed[env], ...positions } },
      }));
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
