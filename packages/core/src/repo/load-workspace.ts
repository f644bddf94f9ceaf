import { type Catalog, loadCatalog } from "../catalog/catalog.ts";
import { compareStrings } from "../compare.ts";
import type { Issue } from "../issues/issue.ts";
import { type FileMap, isJsonObject } from "../json.ts";
import { classifyPath } from "./classify-path.ts";
import { componentId } from "./component-id.ts";
import { writesOf } from "./file-map-writes.ts";
import { JsonDocument } from "./json-document.ts";
import { type NotReadPath, notReadIssue } from "./not-read.ts";
import { classifiedAhead, documentOf } from "./parse-ahead.ts";
import { type PathInfo, pathInfo } from "./path-info.ts";
import { readAccountEnvironment } from "./read-account-environment.ts";
import type { AccountEnvironment, Component, Workspace } from "./workspace.ts";
import { recordDelta } from "./workspace-delta.ts";

export interface LoadOptions {
  /**
   * The workspace of an earlier version: every component whose file did not change is taken
   * over as it is (the same object), so what was derived from it need not be derived again.
   */
  previous?: Workspace | undefined;
  /** Paths the reader could not read or did not follow (`NotReadPath`). */
  notRead?: readonly NotReadPath[] | undefined;
}

/**
 * Reads a repository's file map into a workspace. Never throws for bad input: every file that
 * cannot be read becomes an issue and the rest still loads. A component whose file was not read
 * is kept, without config: it is unknown, not absent.
 */
export function loadWorkspace(files: FileMap, options: LoadOptions = {}): Workspace {
  const earlier = options.previous ? loadsOf.get(options.previous) : undefined;
  if (earlier && options.previous) {
    const quick = reloadChangedComponents(files, options.previous, earlier, options.notRead);
    if (quick) return quick;
  }
  const paths =
    earlier && sameKeys(files, earlier.paths) ? earlier.paths : Object.keys(files).sort();
  // the paths read ahead of this load when there are, else those of the earlier load
  const ahead = classifiedAhead();
  const kinds = ahead.size > 0 ? ahead : (earlier?.kinds ?? new Map<string, PathInfo>());
  const { catalog, issues: catalogIssues, typeFiles } = catalogOf(files, paths, kinds, earlier);
  const reusable = earlier?.catalog === catalog ? earlier.byFile : undefined;
  const readIssues: Issue[] = [...catalogIssues];
  const components: Component[] = [];
  const accountEnvironments: AccountEnvironment[] = [];
  const environments = new Set<string>();
  const collisions = new Map<string, string>();
  const notRead = [...(options.notRead ?? [])].sort((a, b) => compareStrings(a.path, b.path));

  for (const entry of notRead) {
    readIssues.push(notReadIssue(entry));
    const where = classifyPath(entry.path);
    if (where.kind !== "component" || Object.hasOwn(files, entry.path)) continue;
    environments.add(where.env);
    components.push({
      id: componentId(where.type, where.nickname),
      env: where.env,
      type: where.type,
      nickname: where.nickname,
      file: entry.path,
      config: null,
      document: new JsonDocument(""),
      knownType: catalog.types.has(where.type),
      notRead: entry.message,
    });
  }

  for (const file of paths) {
    const text = files[file]!;
    const { where, collisionKey } = pathInfo(kinds, file);
    if (where.kind === "ignored" || where.kind === "type-definition" || where.kind === "layout")
      continue;

    const clash = collisions.get(collisionKey);
    if (clash !== undefined) {
      readIssues.push(
        fileIssue(
          "error",
          "duplicate-path",
          file,
          `names the same file as ${clash} on case-insensitive file systems; rename one of them`,
        ),
      );
      continue;
    }
    collisions.set(collisionKey, file);

    if (where.kind === "malformed") {
      readIssues.push(fileIssue("warning", "malformed-path", file, `not read: ${where.reason}`));
      continue;
    }

    const previous = reusable?.get(file);
    const same = previous !== undefined && previous.document.text === text;
    const document = same ? previous.document : documentOf(text);
    if (document.error) {
      const owner =
        where.kind === "component"
          ? { id: componentId(where.type, where.nickname), env: where.env }
          : null;
      readIssues.push(invalidJsonIssue(file, document.error, owner));
    }

    if (where.kind === "account-environment") {
      if (document.error) continue;
      const { environment, issues } = readAccountEnvironment(file, document);
      readIssues.push(...issues);
      if (environment) {
        accountEnvironments.push(environment);
        environments.add(environment.environment);
      }
      continue;
    }

    const config = isJsonObject(document.value) ? document.value : null;
    if (!document.error && !config) {
      readIssues.push(notAnObjectIssue(file, componentId(where.type, where.nickname), where.env));
    }
    environments.add(where.env);
    components.push(
      same
        ? previous
        : {
            id: componentId(where.type, where.nickname),
            env: where.env,
            type: where.type,
            nickname: where.nickname,
            file,
            config,
            document,
            knownType: catalog.types.has(where.type),
          },
    );
  }

  components.sort(compareComponents);
  const workspace: Workspace = {
    files,
    catalog,
    environments: [...environments].sort(),
    accountEnvironments,
    components,
    readIssues,
    notRead,
  };
  const byFile = new Map<string, Component>();
  for (const component of components)
    if (component.notRead === undefined) byFile.set(component.file, component);
  loadsOf.set(workspace, { paths, kinds, catalog, catalogIssues, typeFiles, byFile });
  if (options.previous && earlier?.catalog === catalog) {
    recordDelta(workspace, {
      previous: options.previous,
      added: components.filter((component) => earlier.byFile.get(component.file) !== component),
      removed: options.previous.components.filter(
        (component) => byFile.get(component.file) !== component,
      ),
    });
  }
  return workspace;
}

/**
 * The common case of an edit, in time for what changed rather than for the repository: the
 * same paths as `previous`, the same paths not read, and only component files (or layout or
 * ignored files) changed. Null otherwise, and the whole load runs. Gives exactly what the whole
 * load gives (incremental.properties.test.ts).
 */
function reloadChangedComponents(
  files: FileMap,
  previous: Workspace,
  earlier: Load,
  notRead: readonly NotReadPath[] | undefined,
): Workspace | null {
  // the same map again may have been written in place: only the whole load can tell
  if (files === previous.files || !sameNotRead(notRead ?? [], previous.notRead)) return null;
  const changed = changedPaths(files, previous.files, earlier.paths);
  if (changed === null) return null;

  const replaced = new Map<Component, Component>();
  const issues = new Map<string, Issue>();
  for (const file of changed) {
    const { where } = pathInfo(earlier.kinds, file);
    if (where.kind === "layout" || where.kind === "ignored") continue;
    const before = earlier.byFile.get(file);
    if (where.kind !== "component" || before === undefined) return null;
    const document = new JsonDocument(files[file]!);
    const config = isJsonObject(document.value) ? document.value : null;
    const id = componentId(where.type, where.nickname);
    if (document.error) {
      issues.set(file, invalidJsonIssue(file, document.error, { id, env: where.env }));
    } else if (!config) {
      issues.set(file, notAnObjectIssue(file, id, where.env));
    }
    replaced.set(before, { ...before, config, document });
  }

  // read issues: the catalog's, the paths not read, then each file's in path order
  const head = earlier.catalogIssues.length + previous.notRead.length;
  const readIssues = previous.readIssues.slice(0, head);
  const rewritten = new Set([...replaced.keys()].map((component) => component.file));
  const perFile = previous.readIssues.slice(head).filter((issue) => !rewritten.has(issue.file));
  const added = [...issues.values()];
  let next = 0;
  for (const issue of perFile) {
    while (next < added.length && added[next]!.file < issue.file) readIssues.push(added[next++]!);
    readIssues.push(issue);
  }
  readIssues.push(...added.slice(next));

  const workspace: Workspace = {
    ...previous,
    files,
    components: previous.components.map((component) => replaced.get(component) ?? component),
    readIssues,
  };
  const byFile = new Map(earlier.byFile);
  for (const component of replaced.values()) byFile.set(component.file, component);
  loadsOf.set(workspace, { ...earlier, byFile });
  recordDelta(workspace, {
    previous,
    added: [...replaced.values()],
    removed: [...replaced.keys()],
  });
  return workspace;
}

/**
 * The paths whose text differs in `files` from `before` (whose sorted paths are `paths`), or
 * null when a path was added or removed. Read from the record of a `writeFiles` when there is
 * one, else by comparing every path.
 */
function changedPaths(files: FileMap, before: FileMap, paths: readonly string[]): string[] | null {
  const writes = writesOf(files);
  if (writes?.from === before) {
    for (const path of writes.paths) {
      if (!Object.hasOwn(before, path) || !Object.hasOwn(files, path)) return null;
    }
    return [...writes.paths].sort();
  }
  const changed: string[] = [];
  for (const path of paths) {
    if (!Object.hasOwn(files, path)) return null;
    if (files[path] !== before[path]) changed.push(path);
  }
  let count = 0;
  for (const path in files) if (Object.hasOwn(files, path)) count++;
  return count === paths.length ? changed : null;
}

function sameNotRead(a: readonly NotReadPath[], sorted: readonly NotReadPath[]): boolean {
  if (a.length !== sorted.length) return false;
  const ordered = [...a].sort((x, y) => compareStrings(x.path, y.path));
  return ordered.every(
    (entry, index) =>
      entry.path === sorted[index]!.path && entry.message === sorted[index]!.message,
  );
}

/** What loading a workspace found, for the next load from it to reuse. */
interface Load {
  /** Every path of the file map, sorted. */
  paths: string[];
  /** What each path holds, by path: a pure function of the path, so kept across loads. */
  kinds: Map<string, PathInfo>;
  catalog: Catalog;
  catalogIssues: Issue[];
  /** The type definition files the catalog was read from. */
  typeFiles: FileMap;
  /** The components read from files, by file. */
  byFile: Map<string, Component>;
}

const loadsOf = new WeakMap<Workspace, Load>();

function sameKeys(files: FileMap, sortedPaths: readonly string[]): boolean {
  let count = 0;
  for (const path in files) {
    if (!Object.hasOwn(files, path)) continue;
    count++;
  }
  if (count !== sortedPaths.length) return false;
  for (const path of sortedPaths) if (!Object.hasOwn(files, path)) return false;
  return true;
}

/** The catalog of the files: the earlier one while the type definition files are unchanged. */
function catalogOf(
  files: FileMap,
  paths: readonly string[],
  kinds: Map<string, PathInfo>,
  earlier: Load | undefined,
): { catalog: Catalog; issues: Issue[]; typeFiles: FileMap } {
  const typeFiles: FileMap = {};
  for (const path of paths) {
    if (pathInfo(kinds, path).where.kind === "type-definition") typeFiles[path] = files[path]!;
  }
  if (earlier) {
    const before = Object.keys(earlier.typeFiles);
    const now = Object.keys(typeFiles);
    const unchanged =
      before.length === now.length &&
      now.every((path) => earlier.typeFiles[path] === typeFiles[path]);
    if (unchanged) return { catalog: earlier.catalog, issues: earlier.catalogIssues, typeFiles };
  }
  return { ...loadCatalog(typeFiles), typeFiles };
}

function invalidJsonIssue(
  file: string,
  error: { line: number; column: number; message: string },
  owner: { id: string; env: string } | null,
): Issue {
  return {
    severity: "error",
    code: "invalid-json",
    component: owner?.id ?? null,
    env: owner?.env ?? null,
    file,
    line: error.line,
    column: error.column,
    path: "",
    message: `invalid JSON: ${error.message}`,
  };
}

function notAnObjectIssue(file: string, id: string, env: string): Issue {
  return {
    ...fileIssue("error", "not-an-object", file, "a component config must be a JSON object"),
    component: id,
    env,
  };
}

function fileIssue(
  severity: Issue["severity"],
  code: Issue["code"],
  file: string,
  message: string,
): Issue {
  return {
    severity,
    code,
    component: null,
    env: null,
    file,
    line: 1,
    column: 1,
    path: "",
    message,
  };
}

/** The order of a workspace's components: by environment, type and nickname. */
export function compareComponents(a: Component, b: Component): number {
  return (
    compareStrings(a.env, b.env) ||
    compareStrings(a.type, b.type) ||
    compareStrings(a.nickname, b.nickname)
  );
}
