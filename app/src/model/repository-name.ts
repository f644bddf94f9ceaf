import { isRepositoryName } from "@karma/core";
import type { RepositorySource } from "../state/editor-state.ts";

/** What the opened repository is called beside others when nothing names its folder. */
const unnamedRepository = "this repository";

/**
 * The name of the opened repository in a workspace of several (the first one, whose paths have
 * no `../<name>/`): what `karma serve` calls it, else the opened folder's or zip's name, "aws-config"
 * for the bundled sample, and "this repository" for files loaded by a script.
 */
export function firstRepositoryName(source: RepositorySource | null): string {
  if (source?.repository !== undefined) return source.repository;
  const named = source?.kind === "folder" || source?.kind === "zip" || source?.kind === "served";
  if (named && isRepositoryName(source.name)) return source.name;
  return source?.kind === "sample" ? "aws-config" : unnamedRepository;
}
