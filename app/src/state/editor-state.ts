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
  /**
   * The opened repository's name beside other repositories of the workspace, when its source
   * says (`karma serve`); else it is read from the source (model/repository-name.ts).
   */
  repository?: string;
  /**
   * Folders of other repositories added to the workspace ("Add repository"), by repository name,
   * so that their changes can be written back to them.
   */
  otherHandles?: Record<string, FileSystemDirectoryHandle>;
  /** Files opening could not read (too large, not UTF-8): shown as issues, never exported. */
  notRead?: NotReadPath[];
}

export interface Notice {
  tone: "info" | "success" | "error";
  title: string;
  lines?: string[];
}

/** Per changed path, its text before and after a step; null where the file does not exist. */
export type FileChanges = Record<string, [before: string | null, after: string | null]>;

/** Where the selection was: put back by undo (before) and redo (after). */
export interface SelectionMark {
  env: string | null;
  id: string | null;
}

/** One undoable change of the document: what it changed, never a copy of everything. */
export interface HistoryStep {
  /** What the step did, in words ("Rename vpc/a to vpc/b"). */
  label: string;
  changes: FileChanges;
  selectionBefore: SelectionMark;
  selectionAfter: SelectionMark;
}

export type Dialog = "export" | "plan" | "compare" | "shortcuts" | null;

/** Which drift status the canvas shows; "all" shows every component. */
export type DriftFilter = "all" | "drifted" | "not-deployed" | "unmanaged" | "in-sync";

/** A file a save to `karma serve` found changed on disk: the version read and the one there now. */
export interface SaveConflict {
  path: string;
  expected: string | null;
  actual: string | null;
}

/**
 * What the plan is against under "Compare with…": the files of a commit of the served
 * repository instead of the opened ones. A view of the document, never a change to it.
 */
export interface CompareBase {
  /** The ref as asked for (`HEAD~2`, `main`, a commit id). */
  ref: string;
  /** The commit it named then, in full. */
  commit: string;
  files: FileMap;
}

/**
 * A commit the Timeline shows instead of the document (timeline/): read-only, and a view only.
 * While one is shown nothing edits the document, so going back finds it exactly as it was.
 */
export interface ShownCommit {
  /** The commit, in full. */
  sha: string;
  /** Its subject; empty when it is not in the environment's history. */
  subject: string;
}

/** After a save under `karma serve`: a commit of exactly the saved files, offered. */
export interface CommitOffer {
  paths: string[];
  /** Prefilled from the plan of what was saved; the user may change it. */
  message: string;
  /** The branch it would go on; null when HEAD is detached (no commit then). */
  branch: string | null;
  /** Everything staged already; anything but the saved files keeps the commit refused. */
  staged: string[];
}

/** A node as the layout placed it: its position and the size it was laid out at. */
export interface NodeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * An edge as the layout drew it, between its two nodes as the layout placed them. It is drawn
 * only while both are still there at that size (canvas/edge-route.ts); otherwise the canvas and
 * the diagram draw a curve, never a stale route.
 */
export interface EdgeRoute {
  /** From the dependency's right side through the bends to the dependent's left side. */
  points: { x: number; y: number }[];
  source: NodeRect;
  target: NodeRect;
}

/** The routes of an environment by pair, `<dependency>-><dependent>`: several keys share one. */
export type EdgeRoutes = Record<string, EdgeRoute>;

/** The layout worker's service, as the store's users see it (layout/ implements it). */
export interface LayoutService {
  /** Lays out every node of the shown environment again and saves the positions. */
  autoLayout(): Promise<void>;
  /** Resolves once every node of the shown environment has a position. */
  whenPlaced(): Promise<void>;
  stop(): void;
}

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
  /** Steps done, oldest first. */
  past: HistoryStep[];
  /** Steps undone, the next to redo last. */
  future: HistoryStep[];
  /** Automatic positions of nodes that have none saved, per environment; never exported. */
  placed: Record<string, LayoutPositions>;
  /** Edge routes of the last layout, per environment; computed, never saved. */
  routes: Record<string, EdgeRoutes>;
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
