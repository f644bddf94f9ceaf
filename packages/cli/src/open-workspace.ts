import { resolve } from "node:path";
import { loadWorkspace, type Workspace } from "@karma/core";
import { usageError } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import { readRepository } from "./read-repository.ts";

export interface OpenedWorkspace {
  workspace: Workspace;
  /** The environment chosen with `--env`, or every environment of the repository. */
  environments: string[];
}

/**
 * Reads the repository at `dir` (relative to the working directory, default `.`) and picks the
 * environments to work on. What could not be read is in the workspace's issues; the rest loads.
 */
export async function openWorkspace(
  dir: string | undefined,
  env: string | undefined,
  io: CliIo,
): Promise<OpenedWorkspace> {
  const root = resolve(io.cwd, dir ?? ".");
  const { files, notRead } = await readRepository(root);
  if (Object.keys(files).length === 0 && notRead.length === 0) {
    io.stderr.write(
      `karma: warning: no account_environments/, iac/ or .karma/ files in ${root}; ` +
        "is it a Karma config repository?\n",
    );
  }
  // what was not read becomes issues of the workspace: errors unknown, not absent
  const workspace = loadWorkspace(files, { notRead });
  return { workspace, environments: selectEnvironments(workspace, env) };
}

function selectEnvironments(workspace: Workspace, env: string | undefined): string[] {
  if (env === undefined) return workspace.environments;
  if (workspace.environments.includes(env)) return [env];
  const known = workspace.environments.length > 0 ? workspace.environments.join(", ") : "none";
  throw usageError(`unknown environment "${env}" (environments: ${known})`);
}
