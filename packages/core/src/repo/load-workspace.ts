import { type Catalog, loadCatalog } from "../catalog/catalog.ts";
import { compareStrings } from "../compare.ts";
import type { Issue } from "../issues/issue.ts";
import { type FileMap, isJsonObject } from "../json.ts";
import { classifyPath, type PathKind, pathCollisionKey } from "./classify-path.ts";
import { componentId } from "./component-id.ts";
import { JsonDocument } from "./json-document.ts";
import { type NotReadPath, notReadIssue } from "./not-read.ts";
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
  const paths =
    earlier && sameKeys(files, earlier.paths) ? earlier.paths : Object.keys(files).sort();
  const kinds = earlier?.kinds ?? new Map<string, PathInfo>();
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
    const document = same ? previous.document : new JsonDocument(text);
    if (document.error) {
      readIssues.push({
        severity: "error",
        code: "invalid-json",
        component: where.kind === "component" ? componentId(where.type, where.nickname) : null,
        env: where.kind === "component" ? where.env : null,
        file,
        line: document.error.line,
        column: document.error.column,
        path: "",
        message: `invalid JSON: ${document.error.message}`,
      });
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
      readIssues.push({
        ...fileIssue("error", "not-an-object", file, "a component config must be a JSON object"),
        component: componentId(where.type, where.nickname),
        env: where.env,
      });
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

  components.sort(
    (a, b) =>
      compareStrings(a.env, b.env) ||
      compareStrings(a.type, b.type) ||
      compareStrings(a.nickname, b.nickname),
  );
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

interface PathInfo {
  where: PathKind;
  collisionKey: string;
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

function pathInfo(kinds: Map<string, PathInfo>, path: string): PathInfo {
  let info = kinds.get(path);
  if (!info) {
    info = { where: classifyPath(path), collisionKey: pathCollisionKey(path) };
    kinds.set(path, info);
  }
  return info;
}

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
