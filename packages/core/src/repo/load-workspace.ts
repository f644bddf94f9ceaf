import { loadCatalog } from "../catalog/catalog.ts";
import { compareStrings } from "../compare.ts";
import type { Issue } from "../issues/issue.ts";
import { type FileMap, isJsonObject } from "../json.ts";
import { classifyPath, pathCollisionKey } from "./classify-path.ts";
import { componentId } from "./component-id.ts";
import { JsonDocument } from "./json-document.ts";
import { type NotReadPath, notReadIssue } from "./not-read.ts";
import { readAccountEnvironment } from "./read-account-environment.ts";
import type { AccountEnvironment, Component, Workspace } from "./workspace.ts";

export interface LoadOptions {
  /** The workspace of an earlier version: every file whose text did not change is not parsed again. */
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
  const { catalog, issues: catalogIssues } = loadCatalog(files);
  const readIssues: Issue[] = [...catalogIssues];
  const components: Component[] = [];
  const accountEnvironments: AccountEnvironment[] = [];
  const environments = new Set<string>();
  const reusable = options.previous ? documentsByFile(options.previous) : undefined;
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

  for (const file of Object.keys(files).sort()) {
    const text = files[file]!;
    const where = classifyPath(file);
    if (where.kind === "ignored" || where.kind === "type-definition" || where.kind === "layout")
      continue;

    const collisionKey = pathCollisionKey(file);
    const earlier = collisions.get(collisionKey);
    if (earlier !== undefined) {
      readIssues.push(
        fileIssue(
          "error",
          "duplicate-path",
          file,
          `names the same file as ${earlier} on case-insensitive file systems; rename one of them`,
        ),
      );
      continue;
    }
    collisions.set(collisionKey, file);

    if (where.kind === "malformed") {
      readIssues.push(fileIssue("warning", "malformed-path", file, `not read: ${where.reason}`));
      continue;
    }

    const reused = reusable?.get(file);
    const document = reused && reused.text === text ? reused : new JsonDocument(text);
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
    components.push({
      id: componentId(where.type, where.nickname),
      env: where.env,
      type: where.type,
      nickname: where.nickname,
      file,
      config,
      document,
      knownType: catalog.types.has(where.type),
    });
  }

  components.sort(
    (a, b) =>
      compareStrings(a.env, b.env) ||
      compareStrings(a.type, b.type) ||
      compareStrings(a.nickname, b.nickname),
  );
  return {
    files,
    catalog,
    environments: [...environments].sort(),
    accountEnvironments,
    components,
    readIssues,
    notRead,
  };
}

function documentsByFile(workspace: Workspace): Map<string, JsonDocument> {
  return new Map(workspace.components.map((component) => [component.file, component.document]));
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
