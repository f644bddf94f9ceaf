import {
  type ExportCheck,
  exportCheck,
  type FileMap,
  type Graph,
  type Issue,
  type LayoutPositions,
  type NotReadPath,
  type Plan,
  type Workspace,
  type WorkspaceRepositories,
  workspaceIssueFile,
} from "@karma/core";
import {
  basePositionsOf,
  changeIssuesOf,
  graphOf,
  issueCountsOf,
  issuesOf,
  planOf,
  planStatusOf,
  repositoriesOf,
  savedPositionsOf,
  shownPositionsOf,
} from "../model/derive.ts";
import { withDeletedGhosts } from "../model/ghost-graph.ts";
import { ghostIdsOf } from "../model/ghost-ids.ts";
import { memoizeLast } from "../model/memo.ts";
import { type NodeView, nodeViewsOf } from "../model/node-views.ts";
import { changedFiles, configFilesOf, withOtherRepositories } from "../model/repository-files.ts";
import { firstRepositoryName } from "../model/repository-name.ts";
import type { EditorState } from "../state/editor-state.ts";
import type { CompareSlice } from "../state/editor-store.ts";

/** Selectors over the editor state; every result is memoised, so they are cheap to call. */

/** The state the shown plan derives from: the document and its base under "Compare with…". */
export type PlanState = EditorState & Pick<CompareSlice, "compareBase">;

/** The repositories of the document (one, or several: see core's `loadRepositories`). */
export const selectRepositories = (state: EditorState): WorkspaceRepositories =>
  repositoriesOf(configFilesOf(state.files), firstRepositoryName(state.source));

/** The repositories as opened. */
export const selectBaselineRepositories = (state: EditorState): WorkspaceRepositories =>
  repositoriesOf(configFilesOf(state.baseline), firstRepositoryName(state.source));

/** The document as one workspace: every repository's components, with their repository. */
export const selectWorkspace = (state: EditorState): Workspace =>
  selectRepositories(state).workspace;

export const selectBaselineWorkspace = (state: EditorState): Workspace =>
  selectBaselineRepositories(state).workspace;

const noGraph: Graph = { env: "", nodes: [], edges: [] };
const noPositions: LayoutPositions = {};

export const selectGraph = (state: EditorState): Graph =>
  state.env === null ? noGraph : graphOf(selectRepositories(state), state.env);

const editPlanOf = memoizeLast(planOf);

/** The plan of the edits against the opened files: what Save and export write, and check. */
export const selectEditPlan = (state: EditorState): Plan =>
  editPlanOf(selectBaselineRepositories(state), selectRepositories(state));

/**
 * What the plan is against: a commit's files under "Compare with…" (the other repositories of
 * the workspace as opened, when the commit's files hold only the first's), else the opened files.
 */
export const selectPlanBaseFiles = (state: PlanState): FileMap =>
  state.compareBase
    ? withOtherRepositories(state.compareBase.files, state.baseline)
    : state.baseline;

export const selectPlanBaseRepositories = (state: PlanState): WorkspaceRepositories =>
  repositoriesOf(configFilesOf(selectPlanBaseFiles(state)), firstRepositoryName(state.source));

export const selectPlanBaseWorkspace = (state: PlanState): Workspace =>
  selectPlanBaseRepositories(state).workspace;

/** The plan shown (canvas marks, ghosts, Plan panel, `getPlan()`): from the plan's base. */
export const selectPlan = (state: PlanState): Plan =>
  state.compareBase === null
    ? selectEditPlan(state)
    : planOf(selectPlanBaseRepositories(state), selectRepositories(state));

/**
 * Every issue of the model, with the edit plan's severity where the change breaks a reference
 * (a comparison with a commit changes what is shown, never what may be saved).
 */
export const selectIssues = (state: EditorState): Issue[] =>
  changeIssuesOf(
    issuesOf(selectRepositories(state), state.files, state.source?.notRead),
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
        graphOf(selectPlanBaseRepositories(state), state.env),
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
  (loaded: WorkspaceRepositories, files: FileMap, notRead: readonly NotReadPath[] | undefined) =>
    issuesOf(loaded, files, notRead),
);

const exportCheckOf = memoizeLast(
  (
    before: Issue[],
    after: Issue[],
    changes: Record<string, string | null>,
    loaded: WorkspaceRepositories,
  ): ExportCheck =>
    exportCheck(
      before,
      after,
      // issues name the files of several repositories <repository>/<path>
      new Set(Object.keys(changes).map((path) => workspaceIssueFile(loaded.repositories, path))),
    ),
);

/**
 * What an export may write: refused for errors in the files it writes or that the change
 * brings; errors the opened repository already had elsewhere are listed but let it go on.
 */
export const selectExportCheck = (state: EditorState): ExportCheck =>
  exportCheckOf(
    baselineIssuesOf(selectBaselineRepositories(state), state.baseline, state.source?.notRead),
    selectIssues(state),
    selectChangedFiles(state),
    selectRepositories(state),
  );
