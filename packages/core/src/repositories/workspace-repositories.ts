import type { Catalog } from "../catalog/catalog.ts";
import { compareStrings } from "../compare.ts";
import type { Issue } from "../issues/issue.ts";
import type { FileMap } from "../json.ts";
import { writeFiles, writesOf } from "../repo/file-map-writes.ts";
import { compareComponents, loadWorkspace } from "../repo/load-workspace.ts";
import type { NotReadPath } from "../repo/not-read.ts";
import type { AccountEnvironment, Component, Workspace } from "../repo/workspace.ts";
import { recordDelta } from "../repo/workspace-delta.ts";
import { recordEarlierList } from "./repositories-delta.ts";
import type { Repository } from "./repository.ts";
import { repositoryPrefix, splitWorkspaceFiles, splitWorkspacePath } from "./workspace-paths.ts";

/**
 * A workspace of repositories read from its one file map (workspace-paths.ts): each repository
 * loaded on its own, and one view of them all for an editor.
 */
export interface WorkspaceRepositories {
  /** The workspace's file map, as given. */
  files: FileMap;
  /** The first repository (the map's paths as they are) first, then the others. */
  repositories: readonly Repository[];
  /**
   * Every repository in one workspace: components with `file` their path in the map and `repo`
   * their repository's name, environments the union, account environments, read issues and
   * paths not read with their paths in the map. For one repository alone, its own workspace.
   */
  workspace: Workspace;
}

export interface LoadRepositoriesOptions {
  /** The first repository's name (its folder's); the others are named by their folders. */
  first: string;
  /**
   * The load of an earlier version of the map: a repository whose files did not change is taken
   * over (the same `Repository`), and the others are loaded from their earlier workspace.
   */
  previous?: WorkspaceRepositories | undefined;
}

interface Load {
  /** The first repository's name as asked for (the one given may differ, see `firstName`). */
  first: string;
  /** The load this one was made from, if any: one link back only. */
  previous: WorkspaceRepositories | undefined;
}

const loads = new WeakMap<WorkspaceRepositories, Load>();

/**
 * Reads a workspace's file map: its repositories, each loaded with `loadWorkspace` (from its
 * earlier version when there is one), and one view of them all. An edit made with `writeFiles`
 * reloads only the repositories it wrote to. A map without `../` paths is one repository, read
 * exactly as `loadWorkspace` reads it.
 */
export function loadRepositories(
  files: FileMap,
  { first, previous }: LoadRepositoriesOptions,
): WorkspaceRepositories {
  const loaded =
    (previous && loads.get(previous)?.first === first && fromWrites(files, previous)) ||
    loadAll(files, first, previous);
  if (previous) loads.delete(previous);
  loads.set(loaded, { first, previous });
  return loaded;
}

/** The load an edit made with `writeFiles` from `previous`'s map; null when a whole load is needed. */
function fromWrites(files: FileMap, previous: WorkspaceRepositories): WorkspaceRepositories | null {
  const writes = writesOf(files);
  if (writes?.from !== previous.files) return null;
  const { repositories } = previous;
  const written = new Map<number, Record<string, string | null>>();
  for (const path of writes.paths) {
    const split = splitWorkspacePath(path);
    // a path under `../` that names no repository is left out, as a whole load leaves it out
    if (split === null) continue;
    const index =
      split.repo === null ? 0 : repositories.findIndex((r, i) => i > 0 && r.name === split.repo);
    // a new repository: its place among the others is where its files first appear
    if (index < 0) return null;
    let own = written.get(index);
    if (!own) {
      own = {};
      written.set(index, own);
    }
    own[split.path] = Object.hasOwn(files, path) ? files[path]! : null;
  }
  if (repositories.length === 1) {
    // one repository: its map is the workspace's, so the edit's record is read by loadWorkspace
    const workspace = loadWorkspace(files, { previous: repositories[0]!.workspace });
    return { files, repositories: [{ name: repositories[0]!.name, workspace }], workspace };
  }
  const next: Repository[] = [];
  for (const [index, repository] of repositories.entries()) {
    const own = written.get(index);
    if (!own) {
      next.push(repository);
      continue;
    }
    const ownFiles = writeFiles(repository.workspace.files, own);
    // a repository left without files is no longer one of the workspace
    if (index > 0 && isEmpty(ownFiles)) return null;
    const workspace = loadWorkspace(ownFiles, { previous: repository.workspace });
    next.push({ name: repository.name, workspace });
  }
  recordEarlierList(next, repositories);
  return { files, repositories: next, workspace: mergedView(files, next, previous) };
}

function loadAll(
  files: FileMap,
  first: string,
  previous: WorkspaceRepositories | undefined,
): WorkspaceRepositories {
  const earlier = previous?.repositories ?? [];
  if (!hasOtherRepositories(files)) {
    const workspace = loadWorkspace(files, { previous: earlier[0]?.workspace });
    return { files, repositories: [{ name: first, workspace }], workspace };
  }
  const parts = splitWorkspaceFiles(files);
  const names = [firstName(first, parts), ...parts.slice(1).map((part) => part.repo!)];
  const repositories = parts.map((part, index): Repository => {
    const name = names[index]!;
    const before = index === 0 ? earlier[0] : earlier.find((r, i) => i > 0 && r.name === name);
    if (before?.name === name && sameFiles(before.workspace.files, part.files)) return before;
    return { name, workspace: loadWorkspace(part.files, { previous: before?.workspace }) };
  });
  const same =
    previous !== undefined &&
    repositories.length === earlier.length &&
    repositories.every((repository, index) => repository === earlier[index]);
  if (previous && !same) recordEarlierList(repositories, earlier);
  return {
    files,
    repositories: same ? earlier : repositories,
    workspace: mergedView(files, repositories, previous),
  };
}

/**
 * The first repository's name, unless another repository of the workspace has it: then with a
 * number, so that every issue names one repository.
 */
function firstName(first: string, parts: readonly { repo: string | null }[]): string {
  const taken = new Set(parts.map((part) => part.repo));
  if (!taken.has(first)) return first;
  let n = 1;
  while (taken.has(`${first}-${n}`)) n++;
  return `${first}-${n}`;
}

function hasOtherRepositories(files: FileMap): boolean {
  for (const path in files) {
    if (path.startsWith("../") && Object.hasOwn(files, path) && splitWorkspacePath(path)?.repo)
      return true;
  }
  return false;
}

function isEmpty(files: FileMap): boolean {
  for (const path in files) if (Object.hasOwn(files, path)) return false;
  return true;
}

function sameFiles(a: FileMap, b: FileMap): boolean {
  if (a === b) return true;
  let count = 0;
  for (const path in b) {
    if (!Object.hasOwn(b, path)) continue;
    if (!Object.hasOwn(a, path) || a[path] !== b[path]) return false;
    count++;
  }
  for (const path in a) if (Object.hasOwn(a, path)) count--;
  return count === 0;
}

/** The same objects for the same inputs across loads, so caches keyed by them keep hitting. */
const componentViews = new WeakMap<Component, Component>();
const accountViews = new WeakMap<AccountEnvironment, AccountEnvironment>();
const catalogs = new WeakMap<Catalog, WeakMap<Catalog, Catalog>>();

/** Every repository in one workspace (see `WorkspaceRepositories.workspace`). */
function mergedView(
  files: FileMap,
  repositories: readonly Repository[],
  previous: WorkspaceRepositories | undefined,
): Workspace {
  const replaced = new Map<Component, Component>();
  const kept = previous && keptComponents(repositories, previous, replaced);
  const components: Component[] = [];
  const accountEnvironments: AccountEnvironment[] = [];
  const readIssues: Issue[] = [];
  const notRead: NotReadPath[] = [];
  const environments = new Set<string>();
  for (const [index, { name, workspace }] of repositories.entries()) {
    const prefix = repositoryPrefix(index === 0 ? null : name);
    if (!kept) {
      for (const component of workspace.components)
        components.push(componentView(component, name, prefix));
    }
    for (const account of workspace.accountEnvironments) {
      let view = accountViews.get(account);
      if (view?.file !== `${prefix}${account.file}`) {
        view = { ...account, file: `${prefix}${account.file}` };
        accountViews.set(account, view);
      }
      accountEnvironments.push(view);
    }
    for (const issue of workspace.readIssues)
      readIssues.push({ ...issue, file: prefix + issue.file });
    for (const entry of workspace.notRead) notRead.push({ ...entry, path: prefix + entry.path });
    for (const env of workspace.environments) environments.add(env);
  }
  // stable: a component defined in two repositories is listed in the order of the repositories
  components.sort(compareComponents);
  const merged: Workspace = {
    files,
    catalog: mergedCatalog(repositories.map((repository) => repository.workspace.catalog)),
    environments: [...environments].sort(compareStrings),
    accountEnvironments,
    components: kept ?? components,
    readIssues,
    notRead: notRead.sort((a, b) => compareStrings(a.path, b.path)),
  };
  // as a repository loaded from its earlier version: what is kept per workspace (a plan's
  // components by id, its sorted ids) is then carried over from the earlier view
  if (kept && previous.workspace.catalog === merged.catalog) {
    recordDelta(merged, {
      previous: previous.workspace,
      added: [...replaced.values()],
      removed: [...replaced.keys()],
    });
  }
  return merged;
}

function componentView(component: Component, name: string, prefix: string): Component {
  let view = componentViews.get(component);
  if (view?.repo !== name || view.file !== `${prefix}${component.file}`) {
    view = { ...component, file: `${prefix}${component.file}`, repo: name };
    componentViews.set(component, view);
  }
  return view;
}

/**
 * The earlier view's components with those of changed repositories replaced, when each changed
 * repository has the same components by file (an edit of their config): the order, by
 * environment, type and nickname, is then the same, and sorting 10,000 components again is most
 * of an edit's load. Null when a component was added, removed or renamed. `replaced` gets each
 * earlier view and the one that replaces it.
 */
function keptComponents(
  repositories: readonly Repository[],
  previous: WorkspaceRepositories,
  replaced: Map<Component, Component>,
): Component[] | null {
  const earlier = previous.repositories;
  if (earlier.length !== repositories.length) return null;
  for (const [index, repository] of repositories.entries()) {
    const before = earlier[index]!;
    if (repository === before) continue;
    if (repository.name !== before.name) return null;
    const now = repository.workspace.components;
    const then = before.workspace.components;
    if (now.length !== then.length) return null;
    const prefix = repositoryPrefix(index === 0 ? null : repository.name);
    for (let i = 0; i < now.length; i++) {
      if (now[i] === then[i]) continue;
      if (now[i]!.file !== then[i]!.file) return null;
      const old = componentViews.get(then[i]!);
      if (!old) return null;
      replaced.set(old, componentView(now[i]!, repository.name, prefix));
    }
  }
  return replaced.size === 0
    ? previous.workspace.components
    : previous.workspace.components.map((view) => replaced.get(view) ?? view);
}

/** Every repository's types; where two define one type, the first repository's (in their order). */
function mergedCatalog(list: readonly Catalog[]): Catalog {
  return list.reduce((merged, catalog) => {
    if (catalog === merged) return merged;
    let byOther = catalogs.get(merged);
    if (!byOther) {
      byOther = new WeakMap();
      catalogs.set(merged, byOther);
    }
    let both = byOther.get(catalog);
    if (!both) {
      const types = new Map(catalog.types);
      for (const [type, definition] of merged.types) types.set(type, definition);
      both = { types };
      byOther.set(catalog, both);
    }
    return both;
  });
}

/** The load `loaded` was made from by `loadRepositories`, if it is still known. */
export function previousLoad(loaded: WorkspaceRepositories): WorkspaceRepositories | undefined {
  return loads.get(loaded)?.previous;
}

/**
 * How issues name a path of the workspace's map (`validateRepositories`, `repositoryFile`):
 * `<repository>/<path>` when there are several repositories, the path itself for one.
 */
export function workspaceIssueFile(repositories: readonly Repository[], path: string): string {
  if (repositories.length < 2) return path;
  const split = splitWorkspacePath(path);
  return split === null ? path : `${split.repo ?? repositories[0]!.name}/${split.path}`;
}
