import * as z from "zod";
import { describeZodIssue } from "../catalog/describe-issue.ts";
import { valueAt } from "../catalog/key-path.ts";
import type { Issue } from "../issues/issue.ts";
import { JsonDocument } from "../repo/json-document.ts";
import type { Position } from "../repo/text-positions.ts";

/**
 * `.karma/workspace.json`: the other repositories a repository is read with, by paths relative
 * to it (`{"repositories": ["../network-config"]}`), so that `karma validate` sees the same
 * workspace in CI as with `--with` on the command line.
 */
export const workspaceFilePath = ".karma/workspace.json";

export const workspaceFileSchema = z.strictObject({
  repositories: z.array(z.string().min(1)),
});

/** A repository the file lists, with where it is listed. */
export interface WorkspaceFileEntry extends Position {
  path: string;
}

export interface ParsedWorkspaceFile {
  /** Empty when the file has errors. */
  repositories: WorkspaceFileEntry[];
  /** Errors at the file, line and field, as `<field>: <what is wrong>`. */
  issues: Issue[];
}

export function parseWorkspaceFile(text: string): ParsedWorkspaceFile {
  const document = new JsonDocument(text);
  if (document.error) {
    const { line, column, message } = document.error;
    return {
      repositories: [],
      issues: [{ ...workspaceIssue(document, [], `invalid JSON: ${message}`), line, column }],
    };
  }
  const parsed = workspaceFileSchema.safeParse(document.value);
  if (!parsed.success) {
    return {
      repositories: [],
      issues: parsed.error.issues.flatMap((problem) => describe(document, problem)),
    };
  }
  return {
    repositories: parsed.data.repositories.map((path, index) => ({
      path,
      ...document.positionOf(["repositories", index]),
    })),
    issues: [],
  };
}

function describe(document: JsonDocument, problem: z.core.$ZodIssue): Issue[] {
  const path = problem.path.filter((key) => typeof key !== "symbol");
  if (problem.code === "unrecognized_keys") {
    return problem.keys.map((key) =>
      workspaceIssue(
        document,
        [...path, key],
        `${[...path, key].join(".")}: unknown field; the file holds {"repositories": ["../other-repository"]}`,
      ),
    );
  }
  const actual = valueAt(document.value, path);
  const message =
    actual === undefined
      ? `${path.join(".")}: required field is missing`
      : `${path.join(".") || "the file"}: ${describeZodIssue(problem, actual)}`;
  return [workspaceIssue(document, path, message)];
}

function workspaceIssue(
  document: JsonDocument,
  path: readonly (string | number)[],
  message: string,
): Issue {
  return {
    severity: "error",
    code: "invalid-workspace-file",
    component: null,
    env: null,
    file: workspaceFilePath,
    ...document.positionOf(path),
    path: path.join("."),
    message,
  };
}
