import type { FileMap, LayoutPositions, NotReadPath } from "@karma/core";

export type Theme = "light" | "dark";

export interface Size {
  width: number;
  height: number;
}

/** Where the open repository came from; a folder keeps its handle so export can write back. */
export interface RepositorySource {
  kind: "sample" | "folder" | "zip" | "files" | "served";
  name: string;
  handle?: FileSystemDirectoryHandle | null;
  /** Under `karma serve`: the repository's absolute path on disk. */
  root?: string;
  /** Files opening could not read (too large, not UTF-8): shown as issues, never exported. */
  notRead?: NotReadPath[];
}

export interface Notice {
  tone: "info" | "success" | "error";
  title: string;
  lines?: string[];
}

export interface HistoryStep {
  label: string;
  files: FileMap;
}

export type Dialog = "export" | "plan" | "compare" | "shortcuts" | null;

export type AutosaveStatus = "off" | "saving" | "saved" | "failed";

/** The working state as kept in the browser between sessions. */
export interface SavedWork {
  files: FileMap;
  baseline: FileMap;
  source: RepositorySource;
  env: string | null;
  savedAt: number;
  /** The undo and redo steps (absent in work saved before history was kept). */
  past?: HistoryStep[];
  future?: HistoryStep[];
}

export interface EditorState {
  /** The repository as edited: the source of truth for everything shown. */
  files: FileMap;
  /** The repository as opened: exports and plans are against it. */
  baseline: FileMap;
  source: RepositorySource | null;
  /** Environment shown on the canvas. */
  env: string | null;
  /** Selected component id in the shown environment. */
  selection: string | null;
  /** Undo steps: the files before each edit, with what the edit was. */
  past: HistoryStep[];
  future: HistoryStep[];
  /** Automatic positions of nodes that have none saved, per environment; never exported. */
  placed: Record<string, LayoutPositions>;
  /** Positions of nodes being dragged, until the drag ends. */
  dragging: LayoutPositions | null;
  /** Node sizes as React Flow measured them. */
  sizes: Record<string, Size>;
  /** Bumped to ask the canvas to fit the view once the shown nodes are placed. */
  fitRequest: number;
  /** Bumped to ask the canvas to centre the selected component. */
  focusRequest: number;
  layoutBusy: boolean;
  theme: Theme;
  dialog: Dialog;
  notice: Notice | null;
  autosave: AutosaveStatus;
  /** Work found in the browser at start, offered back until the user restores or discards it. */
  restoreOffer: SavedWork | null;
}
