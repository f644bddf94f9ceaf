import type { FileMap } from "../json.ts";
import { prefixFiles } from "../repositories/workspace-paths.ts";
import { generateRepository } from "./generate-repository.ts";

export interface GenerateWorkspaceOptions {
  repositories: number;
  /** Components of each repository (across its environments). */
  componentsEach: number;
  /** Default `["dev", "prod"]`. */
  environments?: readonly string[];
  /** Same seed, same workspace. Default 1. */
  seed?: number;
}

/** The name of the `index`th synthetic repository: `repo-00`, `repo-01`, … */
export const syntheticRepositoryName = (index: number) => `repo-${String(index).padStart(2, "0")}`;

/**
 * One synthetic repository's components dealt out in turn to `count` repositories, each with
 * every other file (account environments): most references then point into another repository.
 */
export function dealRepository(files: FileMap, count: number): FileMap[] {
  const dealt: FileMap[] = Array.from({ length: count }, () => ({}));
  let next = 0;
  for (const path of Object.keys(files)) {
    const text = files[path]!;
    if (path.startsWith("iac/")) dealt[next++ % count]![path] = text;
    else for (const repository of dealt) repository[path] = text;
  }
  return dealt;
}

/**
 * A synthetic workspace of repositories in its one file map (workspace-paths.ts): the first
 * repository's files as they are, the `i`th other's under `../repo-<i>/`. It validates without
 * errors, as the repository it is dealt from does.
 */
export function generateWorkspace(options: GenerateWorkspaceOptions): FileMap {
  const whole = generateRepository({
    components: options.repositories * options.componentsEach,
    environments: options.environments,
    seed: options.seed,
  });
  const files: FileMap = {};
  dealRepository(whole, options.repositories).forEach((own, index) => {
    Object.assign(files, prefixFiles(index === 0 ? null : syntheticRepositoryName(index), own));
  });
  return files;
}
