import type {
  FileMap,
  LayoutPositions,
  NotReadPath,
  ReferenceSlot,
  RuntimeSnapshot,
} from "@karma/core";
import type {
  AutosaveStatus,
  CommitOffer,
  CompareBase,
  Dialog,
  DriftFilter,
  EdgeRoutes,
  EditorState,
  HistoryStep,
  Notice,
  RepositorySource,
  SaveConflict,
  SavedWork,
  ShownCommit,
  Size,
  Theme,
} from "./editor-state.ts";

// The shape of the editor store: its state and every action, by slice. Types only: the store
// (store/) implements them, and every layer above reads them from here.

export interface EditorActions {
  /** Opens a repository: its files become both the baseline and the working state. */
  open(files: FileMap, source: RepositorySource, baseline?: FileMap): void;
  /**
   * Adds another repository to the workspace: its files (already under `../<name>/`) join both
   * the working state and the baseline. Not an edit (nothing to export, nothing to undo); the
   * history stays. Its folder, when it has one here, is where its changes are written back.
   */
  addRepository(
    name: string,
    files: FileMap,
    from: { handle?: FileSystemDirectoryHandle | null; notRead?: NotReadPath[] },
  ): void;
  setEnv(env: string): void;
  select(id: string | null, options?: { focus?: boolean }): void;
  undo(): void;
  redo(): void;
  dragTo(positions: LayoutPositions): void;
  /** Ends a drag: the positions shown are the saved and automatic ones again. */
  endDrag(): void;
  /** Automatic positions for nodes that have no saved one; never saved by themselves. */
  place(env: string, positions: LayoutPositions): void;
  /** The edge routes of a layout, replacing the environment's earlier ones. */
  setRoutes(env: string, routes: EdgeRoutes): void;
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

/**
 * The history of the document: `commit` records one step (commands/ make every step), the rest
 * move through the steps.
 */
export interface HistorySlice {
  /** Sets the files to `files` as one undo step, with the selection before and after. */
  commit(step: HistoryStep, files: FileMap): void;
  /** Undoes or redoes until `done` steps of the history are done, as one change. */
  jumpTo(done: number): void;
  /** Puts back the steps of work restored from the browser (after `open` cleared them). */
  restoreSteps(past: HistoryStep[], future: HistoryStep[]): void;
}

/**
 * What is selected besides the one component `selection` names (the one the panels show):
 * components added with Shift, a box or "Select all", and selected edges. Delete, nudge and
 * duplicate act on these; the panels keep showing `selection`.
 */
export interface SelectionSlice {
  /** Selected components other than `selection`. */
  alsoSelected: string[];
  /** Selected edges, by React Flow edge id (`<dependent>-><dependency>:<key>`). */
  selectedEdges: string[];
  /** Sets the whole component selection: `primary` is the one the panels show. */
  selectNodes(primary: string | null, others: string[]): void;
  selectEdges(ids: string[]): void;
  clearSelection(): void;
}

/** The components waiting for the user to confirm their deletion (see delete-components.ts). */
export interface DeleteSlice {
  deleteRequest: string[] | null;
  setDeleteRequest(ids: string[] | null): void;
}

/**
 * A component whose nickname the inspector should put the cursor in once it shows it: a new
 * component from the palette, so its name can be typed right away.
 */
export interface NicknameFocusSlice {
  nicknameFocus: string | null;
  focusNickname(id: string | null): void;
}

export type IssueFilter = "all" | "errors" | "warnings" | "clean";

/** How the canvas is narrowed: focus, trace, filters, finder and large-graph groups. */
export interface NavigationState {
  /** Focus mode: only the selection's lineage, this many hops each way; null when off. */
  focusDepth: number | null;
  /** The path asked for between two selected components; it counts while both stay selected. */
  trace: { from: string; to: string } | null;
  finderOpen: boolean;
  /** Component types left out of the canvas. */
  hiddenTypes: string[];
  issueFilter: IssueFilter;
  /** The ids of the groups shown open on a large graph (`group:<type>`, `group:repo:<name>`). */
  expandedGroups: string[];
}

export interface NavigationSlice extends NavigationState {
  setFocusDepth(depth: number | null): void;
  setTrace(trace: { from: string; to: string } | null): void;
  setFinderOpen(open: boolean): void;
  setHiddenTypes(types: string[]): void;
  setIssueFilter(filter: IssueFilter): void;
  setExpandedGroups(ids: string[]): void;
}

/**
 * The imported parameter-store snapshot. It is an input, like the files: drift is derived from
 * it and the model by selectors, never stored. `driftFilter` narrows the canvas by drift status.
 */
export interface RuntimeSlice {
  snapshot: RuntimeSnapshot | null;
  driftFilter: DriftFilter;
  setSnapshot(snapshot: RuntimeSnapshot | null): void;
  setDriftFilter(filter: DriftFilter): void;
}

/** Files a save to `karma serve` found changed on disk, until the user decides what to do. */
export interface ServeSlice {
  saveConflicts: SaveConflict[] | null;
  setSaveConflicts(conflicts: SaveConflict[] | null): void;
}

/** The plan's base under "Compare with…" (see CompareBase); null: the opened files. */
export interface CompareSlice {
  compareBase: CompareBase | null;
  setCompareBase(base: CompareBase | null): void;
}

/**
 * The Timeline (under `karma serve`): its strip, and the commit it shows instead of the document.
 * While `shownCommit` is set the document is read-only: commands are refused and the history
 * does not move.
 */
export interface TimelineSlice {
  timelineOpen: boolean;
  shownCommit: ShownCommit | null;
  setTimelineOpen(open: boolean): void;
  setShownCommit(commit: ShownCommit | null): void;
}

/** The commit offered after a save under `karma serve`, and the commits made from here. */
export interface CommitSlice {
  commitOffer: CommitOffer | null;
  /** Bumped by each commit made from here: the git history shown is read again. */
  commitCount: number;
  offerCommit(offer: CommitOffer | null): void;
  /** The offered commit was made: the offer is done and the history has moved. */
  committed(): void;
}

/** A connection being dragged: from which component and which side of it. */
export interface ConnectStart {
  nodeId: string;
  handleType: "source" | "target";
}

/** A connection that fits several keys of the dependent, waiting for the user to choose one. */
export interface PendingConnection {
  dependent: string;
  provider: string;
  slots: ReferenceSlot[];
}

export interface WiringSlice {
  connecting: ConnectStart | null;
  pendingConnection: PendingConnection | null;
  setConnecting(start: ConnectStart | null): void;
  setPendingConnection(pending: PendingConnection | null): void;
}

/** A value typed in a form that could not be applied: kept, shown, and never lost silently. */
export interface UnappliedValue {
  env: string;
  /** The component whose form holds it. */
  component: string;
  /** The field, by its name (config key path, "nickname", "JSON"). */
  field: string;
  text: string;
  /** Why it could not be applied. */
  error: string;
}

/**
 * Values typed but not applied, by field key. While a component has some, selecting another
 * asks first (`leaveRequest`): leaving them is a conscious step.
 */
export interface UnappliedSlice {
  unapplied: Record<string, UnappliedValue>;
  /** The selection asked for while the shown component has unapplied values. */
  leaveRequest: { id: string | null } | null;
  setUnapplied(key: string, value: UnappliedValue | null): void;
  /** Answers the leave request: discard the unapplied values and go, or stay. */
  answerLeave(leave: boolean): void;
}

export type EditorStore = EditorState &
  UnappliedSlice &
  EditorActions &
  HistorySlice &
  RuntimeSlice &
  ServeSlice &
  CompareSlice &
  TimelineSlice &
  CommitSlice &
  DeleteSlice &
  NicknameFocusSlice &
  SelectionSlice &
  WiringSlice &
  NavigationSlice;
