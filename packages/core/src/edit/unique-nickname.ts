import type { Workspace } from "../repo/workspace.ts";

/**
 * A nickname no component of `type` in `env` has (ignoring case, as some file systems do):
 * `<base>-1`, `<base>-2`, …
 */
export function uniqueNickname(
  workspace: Workspace,
  env: string,
  type: string,
  base = type,
): string {
  return freeNickname(takenNicknames(workspace, env, type), base);
}

/** The nicknames of `type` in `env`, lowercased. */
export function takenNicknames(workspace: Workspace, env: string, type: string): Set<string> {
  return new Set(
    workspace.components
      .filter((component) => component.env === env && component.type === type)
      .map((component) => component.nickname.toLowerCase()),
  );
}

/** The first `<base>-<n>` not in `taken` (lowercased nicknames). */
export function freeNickname(taken: ReadonlySet<string>, base: string): string {
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
