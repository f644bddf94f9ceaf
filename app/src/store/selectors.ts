import {
  computePlan,
  type ExportCheck,
  exportCheck,
  type FileMap,
  type Graph,
  type Issue,
  type LayoutPositions,
  type NotReadPath,
  type Plan,
  type Workspace,
} from "@karma/core";
import {
  basePositionsOf,
  changeIssuesOf,
  graphOf,
  issueCountsOf,
  issuesOf,
  planOf,
  planStatusOf,
  savedPositionsOf,
  shownPositionsOf,
  workspaceOf,
} from "../model/derive.ts";
import { withDeletedGhosts } from "../model/ghost-graph.ts";
import { ghostIdsOf } from "../model/ghost-ids.ts";
import { memoizeLast } from "../model/memo.ts";
import { type NodeView, nodeViewsOf } from "../model/node-views.ts";
import { changedFiles, configFilesOf } from "../model/repository-files.ts";
import type { EditorState } from "../state/editor-state.ts";
import type { CompareSlice } from "../state/editor-store.ts";

/** Selectors over the editor state; every result is memoised, so they are cheap to call. */

/** The state the shown plan derives from: the document and its base under "Compare with…". */
export type PlanState = EditorState & Pick<CompareSlice, "compareBase">;

export const selectWorkspace = (state: EditorState): Workspace =>
  workspaceOf(configFilesOf(state.files));

export const selectBaselineWorkspace = (state: EditorState): Workspace =>
  workspaceOf(configFilesOf(state.baseline));

const noGraph: Graph = { env: "", nodes: [], edges: [] };
const noPositions: LayoutPositions = {};

export const selectGraph = (state: EditorState): Graph =>
  state.env === null ? noGraph : graphOf(selectWorkspace(state), state.env);

const editPlanOf = memoizeLast(computePlan);

/** The plan of the edits against the opened files: what Save and export write, and check. */
export const selectEditPlan = (state: EditorState): Plan =>
  editPlanOf(selectBaselineWorkspace(state), selectWorkspace(state));

/** What the plan is against: a commit's files under "Compare with…", else the opened files. */
export const selectPlanBaseFiles = (state: PlanState): FileMap =>
  state.compareBase?.files ?? state.baseline;

export const selectPlanBaseWorkspace = (state: PlanState): Workspace =>
  workspaceOf(configFilesOf(selectPlanBaseFiles(state)));

/** The plan shown (canvas marks, ghosts, Plan panel, `getPlan()`): from the plan's base. */
export const selectPlan = (state: PlanState): Plan =>
  state.compareBase === null
    ? selectEditPlan(state)
    : planOf(selectPlanBaseWorkspace(state), selectWorkspace(state));

/**
 * Every issue of the model, with the edit plan's severity where the change breaks a reference
 * (a comparison with a commit changes what is shown, never what may be saved).
 */
export const selectIssues = (state: EditorState): Issue[] =>
  changeIssuesOf(
    issuesOf(selectWorkspace(state), state.files, state.source?.notRead),
    selectEditPlan(state),
  );

/** Positions of the shown environment's nodes, without a drag in progress. */
export const selectBasePositions = (state: EditorState): LayoutPositions =>
  state.env === null
    ? noPositions
    : basePositionsOf(savedPositionsOf(state.files, state.env), state.placed[state.env]);

export const selectShownPositions = (state: EditorState): LayoutPositions =>
  shownPositionsOf(selectBasePositions(state), state.dragging);

/** The graph the canvas draws: the shown one plus ghosts of what the plan deletes (plan/). */
export const selectCanvasGraph = (state: PlanState): Graph =>
  state.env === null
    ? noGraph
    : withDeletedGhosts(
        selectGraph(state),
        graphOf(selectPlanBaseWorkspace(state), state.env),
        ghostIdsOf(selectPlan(state), state.env),
      );

export function selectNodeViews(state: PlanState): Map<string, NodeView> {
  const graph = selectCanvasGraph(state);
  const env = graph.env;
  return nodeViewsOf(
    graph,
    issueCountsOf(selectIssues(state), env),
    planStatusOf(selectPlan(state), env),
  );
}

const changesOf = memoizeLast(changedFiles);

export const selectChangedFiles = (state: EditorState): Record<string, string | null> =>
  changesOf(state.baseline, state.files);

const baselineIssuesOf = memoizeLast(
  (workspace: Workspace, files: FileMap, notRead: readonly NotReadPath[] | undefined) =>
    issuesOf(workspace, files, notRead),
);

const exportCheckOf = memoizeLast(
  (before: Issue[], after: Issue[], changes: Record<string, string | null>): ExportCheck =>
    exportCheck(before, after, new Set(Object.keys(changes))),
);

/**
 * What an export may write: refused for errors in the files it writes or that the change
 * brings; errors the opened repository already had elsewhere are listed but let it go on.
 */
export const selectExportCheck = (state: EditorState): ExportCheck =>
  exportCheckOf(
    baselineIssuesOf(selectBaselineWorkspace(state), state.baseline, state.source?.notRead),
    selectIssues(state),
    selectChangedFiles(state),
  );
