import { resolve } from "node:path";
import { loadWorkspace, type Repository, type Workspace } from "@karma/core";
import { usageError } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import { type RepositoryRead, readRepository } from "./read-repository.ts";
import { nameOf, workspaceFolders } from "./workspace-folders.ts";

export interface OpenedWorkspace {
  /** The repository at `dir`. */
  workspace: Workspace;
  /** It first, then the others of its workspace (`.karma/workspace.json`, `--with`). */
  repositories: Repository[];
  /** The environment chosen with `--env`, or every environment of the repositories. */
  environments: string[];
}

export interface OpenOptions {
  /** `--with`: more repositories, relative to the working directory. */
  with?: readonly string[] | undefined;
  env?: string | undefined;
}

/**
 * Reads the repository at `dir` (relative to the working directory, default `.`) and the other
 * repositories of its workspace, and picks the environments to work on. What could not be read
 * is in the workspaces' issues; the rest loads.
 */
export async function openWorkspace(
  dir: string | undefined,
  options: OpenOptions,
  io: CliIo,
): Promise<OpenedWorkspace> {
  const root = resolve(io.cwd, dir ?? ".");
  const first = await readFolder(root, io);
  const repositories: Repository[] = [{ name: nameOf(root), workspace: load(first) }];
  // one repository at a time: each reads many files at once already
  for (const folder of await workspaceFolders(root, first, options.with ?? [], io)) {
    repositories.push({ name: folder.name, workspace: load(await readFolder(folder.dir, io)) });
  }
  return {
    workspace: repositories[0]!.workspace,
    repositories,
    environments: selectEnvironments(repositories, options.env),
  };
}

async function readFolder(dir: string, io: CliIo): Promise<RepositoryRead> {
  const read = await readRepository(dir);
  if (Object.keys(read.files).length === 0 && read.notRead.length === 0) {
    io.stderr.write(
      `karma: warning: no account_environments/, iac/ or .karma/ files in ${dir}; ` +
        "is it a Karma config repository?\n",
    );
  }
  return read;
}

// what was not read becomes issues of the workspace: errors unknown, not absent
function load({ files, notRead }: RepositoryRead): Workspace {
  return loadWorkspace(files, { notRead });
}

function selectEnvironments(
  repositories: readonly Repository[],
  env: string | undefined,
): string[] {
  const all = [
    ...new Set(repositories.flatMap((repository) => repository.workspace.environments)),
  ].sort();
  if (env === undefined) return all;
  if (all.includes(env)) return [env];
  const known = all.length > 0 ? all.join(", ") : "none";
  throw usageError(`unknown environment "${env}" (environments: ${known})`);
}
