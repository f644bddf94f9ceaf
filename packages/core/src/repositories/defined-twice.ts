import type { Issue } from "../issues/issue.ts";
import type { Component } from "../repo/workspace.ts";
import { type Repository, repositoryFile } from "./repository.ts";

/**
 * A component that more than one repository of a workspace defines (the same id in the same
 * environment): an error on each copy that names every file, since references cannot tell which
 * one they mean and each repository would deploy its own. Files are named as issues name them;
 * the issues are listed by repository, in the order of the repositories.
 */
export function definedTwice(repositories: readonly Repository[], env?: string): Issue[][] {
  const issues: Issue[][] = repositories.map(() => []);
  if (repositories.length < 2) return issues;
  const copies = new Map<string, { component: Component; file: string; index: number }[]>();
  repositories.forEach((repository, index) => {
    for (const component of repository.workspace.components) {
      if (env !== undefined && component.env !== env) continue;
      const key = `${component.env}\u0000${component.id}`;
      const file = repositoryFile(repositories, repository, component.file);
      const list = copies.get(key);
      if (list) list.push({ component, file, index });
      else copies.set(key, [{ component, file, index }]);
    }
  });
  for (const list of copies.values()) {
    if (list.length < 2) continue;
    const files = list.map((copy) => copy.file).join(" and ");
    for (const { component, file, index } of list) {
      issues[index]!.push({
        severity: "error",
        code: "duplicate-component",
        component: component.id,
        env: component.env,
        file,
        line: 1,
        column: 1,
        path: "",
        message: `${component.id} is defined in ${files}; a component belongs to one repository of a workspace: delete all but one`,
      });
    }
  }
  return issues;
}
