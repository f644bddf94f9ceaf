import { componentFile } from "../repo/component-id.ts";
import { isRepositoryName, repositoryPrefix } from "../repositories/workspace-paths.ts";

export interface ComponentName {
  env: string;
  type: string;
  nickname: string;
  /**
   * In the file map of a workspace of repositories: the repository the component belongs to, by
   * the folder name its files sit under (`../<repo>/`). Absent or null: the first repository,
   * whose paths are as they are (a repository alone is always that one).
   */
  repo?: string | null | undefined;
}

/** Where a component's config file is in the file map: under its repository's folder, if any. */
export function componentNameFile({ repo, env, type, nickname }: ComponentName): string {
  return `${repositoryPrefix(repo ?? null)}${componentFile(env, type, nickname)}`;
}

// the path segments the repository reader accepts (repo/classify-path.ts); starting with a letter
// or digit rules out "", "." and ".."
const segmentPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
// nicknames Karma gives: lowercase, as in real repositories (`usekarma-dev`, `demo-api`)
const nicknamePattern = /^[a-z0-9][a-z0-9._-]*$/;

/** Why a name cannot be a component the repository reader would read, or null when it can. */
export function componentNameError({ env, type, nickname, repo }: ComponentName): string | null {
  if (repo != null && !isRepositoryName(repo)) {
    return `the repository ${JSON.stringify(repo)} must be a folder's name, without '/'`;
  }
  return environmentError(env) ?? segmentError("type", type) ?? segmentError("nickname", nickname);
}

/** Why a name cannot be an environment's folder in the repository, or null when it can. */
export function environmentError(env: string): string | null {
  return segmentError("environment", env);
}

function segmentError(what: string, segment: string): string | null {
  if (segmentPattern.test(segment)) return null;
  return `the ${what} ${JSON.stringify(segment)} must start with a letter or digit and use only letters, digits, '-', '_' and '.'`;
}

/** Why a nickname cannot be given to a new or renamed component, or null when it can. */
export function nicknameError(nickname: string): string | null {
  if (!nicknamePattern.test(nickname) || nickname.includes("..")) {
    return `the nickname ${JSON.stringify(nickname)} must start with a lowercase letter or digit and use only lowercase letters, digits, '-', '_' and single '.'`;
  }
  return null;
}
