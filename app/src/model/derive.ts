import {
  downstream,
  type FileMap,
  type Graph,
  type Issue,
  issuesOfChange,
  type LayoutPositions,
  layoutFileEnv,
  layoutFilePath,
  loadRepositories,
  type NotReadPath,
  type ParsedLayoutFile,
  type Plan,
  parseLayoutFile,
  planWorkspaceRepositories,
  type Repository,
  upstream,
  validateRepositories,
  type Workspace,
  type WorkspaceRepositories,
  workspaceGraph,
  writesOf,
} from "@karma/core";
import { memoizeByRef, memoizeLast } from "./memo.ts";
import { layoutIssuesIn, notReadIssues } from "./repository-issues.ts";

/**
 * Everything the editor shows is computed here from the file maps, memoised by identity:
 * nothing derived is ever stored or synced by hand.
 */

const loads = new WeakMap<FileMap, { first: string; loaded: WorkspaceRepositories }>();
let lastLoad: WorkspaceRepositories | undefined;

/**
 * The repositories of a config file map (one, or several with `../<name>/` paths) and the one
 * workspace the editor shows of them; `first` names the opened one. Read from the load of the
 * map an edit was written from (or the last one), so only what changed is read again.
 */
export function repositoriesOf(configFiles: FileMap, first: string): WorkspaceRepositories {
  const known = loads.get(configFiles);
  if (known?.first === first) return known.loaded;
  const from = writesOf(configFiles)?.from;
  const earlier = from && loads.get(from);
  const previous = earlier?.first === first ? earlier.loaded : lastLoad;
  lastLoad = loadRepositories(configFiles, { first, previous });
  loads.set(configFiles, { first, loaded: lastLoad });
  return lastLoad;
}

/** The graph of an environment, across every repository. */
export const graphOf = (loaded: WorkspaceRepositories, env: string): Graph =>
  workspaceGraph(loaded, env);

const noIssues: Issue[] = [];
const noPositions: LayoutPositions = {};

const parsedLayouts = new Map<string, ParsedLayoutFile>();

function parsedLayout(path: string, text: string): ParsedLayoutFile {
  const key = `${path}\n${text}`;
  let parsed = parsedLayouts.get(key);
  if (!parsed) {
    // a handful of layout texts are live at a time (one per environment, plus undo steps)
    if (parsedLayouts.size > 32) parsedLayouts.clear();
    parsed = parseLayoutFile(path, text);
    parsedLayouts.set(key, parsed);
  }
  return parsed;
}

/** Positions saved in `.karma/layout/<env>.json`. */
export function savedPositionsOf(files: FileMap, env: string): LayoutPositions {
  const path = layoutFilePath(env);
  const text = Object.hasOwn(files, path) ? files[path] : undefined;
  return text === undefined ? noPositions : parsedLayout(path, text).positions;
}

const layoutIssuesOf = memoizeByRef((files: FileMap): Issue[] => {
  // a core edit that wrote no layout file leaves the layout's issues as they were
  const writes = writesOf(files);
  if (writes && !writes.paths.some((path) => layoutFileEnv(path) !== null)) {
    return layoutIssuesOf(writes.from);
  }
  const issues: Issue[] = [];
  for (const path in files) {
    if (layoutFileEnv(path) !== null) issues.push(...parsedLayout(path, files[path]!).issues);
  }
  return issues.length === 0 ? noIssues : issues;
});

const combineIssues = memoizeLast(
  (
    validation: Issue[],
    layout: Issue[],
    notRead: readonly NotReadPath[] | undefined,
    loaded: WorkspaceRepositories,
  ): Issue[] =>
    layout.length === 0 && !notRead?.length
      ? validation
      : [
          ...notReadIssues(loaded.repositories, notRead ?? []),
          ...validation,
          ...layoutIssuesIn(loaded.repositories, layout),
        ],
);

// several repositories' issues are a list made per call: one per list of repositories
const validationOf = memoizeByRef((repositories: readonly Repository[]) =>
  validateRepositories(repositories),
);

/**
 * Every issue: what reading and validation found in every repository, unreadable layout
 * entries, and the files opening could not read. With several repositories, files are named
 * `<repository>/<path>` as `validateRepositories` names them.
 */
export function issuesOf(
  loaded: WorkspaceRepositories,
  files: FileMap,
  notRead: readonly NotReadPath[] | undefined,
): Issue[] {
  return combineIssues(validationOf(loaded.repositories), layoutIssuesOf(files), notRead, loaded);
}

/** The issues of the model against its baseline's plan (core's `issuesOfChange`), memoised. */
export const changeIssuesOf = memoizeLast(issuesOfChange);

/** The plan of every repository from `baseline` to `current`. */
export const planOf = memoizeLast(
  (baseline: WorkspaceRepositories, current: WorkspaceRepositories): Plan =>
    planWorkspaceRepositories(baseline, current),
);

/** Where each node sits: saved positions win over automatic ones. */
export const basePositionsOf = memoizeLast(
  (saved: LayoutPositions, placed: LayoutPositions | undefined): LayoutPositions =>
    placed ? { ...placed, ...saved } : saved,
);

/** Where each node is drawn: where it sits, unless it is being dragged. */
export const shownPositionsOf = memoizeLast(
  (base: LayoutPositions, dragging: LayoutPositions | null): LayoutPositions =>
    dragging ? { ...base, ...dragging } : base,
);

export type PlanStatus = "create" | "update" | "delete" | "none";

export const planStatusOf = memoizeLast((plan: Plan, env: string): Map<string, PlanStatus> => {
  const statuses = new Map<string, PlanStatus>();
  for (const action of plan.actions) {
    // an unknown action deploys nothing: the node shows its error, not a plan mark
    if (action.env === env && action.action !== "no-op" && action.action !== "unknown")
      statuses.set(action.component, action.action);
  }
  return statuses;
});

export interface IssueCount {
  errors: number;
  warnings: number;
}

export const issueCountsOf = memoizeLast(
  (issues: Issue[], env: string): Map<string, IssueCount> => {
    const counts = new Map<string, IssueCount>();
    for (const issue of issues) {
      if (issue.component === null || issue.env !== env || issue.severity === "info") continue;
      let count = counts.get(issue.component);
      if (!count) {
        count = { errors: 0, warnings: 0 };
        counts.set(issue.component, count);
      }
      if (issue.severity === "error") count.errors++;
      else count.warnings++;
    }
    return counts;
  },
);

export type Lineage = "self" | "upstream" | "downstream" | "none";

/** Lineage of every node relative to the selected one; null when nothing is selected. */
export const lineageOf = memoizeLast(
  (graph: Graph, selection: string | null): Map<string, Lineage> | null => {
    if (selection === null || !graph.nodes.some((node) => node.id === selection)) return null;
    const origins = upstream(graph, selection);
    const effects = downstream(graph, selection);
    const lineage = new Map<string, Lineage>();
    for (const node of graph.nodes) {
      if (node.id === selection) lineage.set(node.id, "self");
      else if (origins.has(node.id)) lineage.set(node.id, "upstream");
      else if (effects.has(node.id)) lineage.set(node.id, "downstream");
      else lineage.set(node.id, "none");
    }
    return lineage;
  },
);

/** The environment shown first: the one with the most components (the sample's prod). */
export function defaultEnvironment(workspace: Workspace, previous: string | null): string | null {
  if (previous !== null && workspace.environments.includes(previous)) return previous;
  const counts = new Map<string, number>();
  for (const component of workspace.components) {
    counts.set(component.env, (counts.get(component.env) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const env of workspace.environments) {
    if (best === null || (counts.get(env) ?? 0) > (counts.get(best) ?? 0)) best = env;
  }
  return best;
}
