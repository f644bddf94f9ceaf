import { realpath, stat } from "node:fs/promises";
import { basename, relative, resolve, sep } from "node:path";
import { type FileMap, type NotReadPath, parseWorkspaceFile, workspaceFilePath } from "@karma/core";
import { usageError } from "./cli-error.ts";
import type { CliIo } from "./cli-io.ts";
import { describeFsError } from "./describe-fs-error.ts";

/** A repository folder of a workspace and the name it goes by (the folder's). */
export interface WorkspaceFolder {
  dir: string;
  name: string;
}

/**
 * The other repositories read with the one at `root`: those its `.karma/workspace.json` lists
 * (relative to it), then those given with `--with` (relative to the working directory). A
 * folder listed twice, or the first repository listed again, counts once (by real path). A
 * folder that cannot be read, a broken workspace file or two folders of the same name are
 * usage errors.
 */
export async function workspaceFolders(
  root: string,
  first: { files: FileMap; notRead: readonly NotReadPath[] },
  withDirs: readonly string[],
  io: CliIo,
): Promise<WorkspaceFolder[]> {
  const listed: { dir: string; where: string | null }[] = [];
  const file = resolve(root, workspaceFilePath);
  const shown = relative(io.cwd, file).split(sep).join("/");
  // a workspace file that exists but was not read would quietly leave repositories out
  const unread = first.notRead.find((entry) => entry.path === workspaceFilePath);
  if (unread) throw usageError(`cannot read ${shown}: ${unread.message}`);
  const text = first.files[workspaceFilePath];
  if (text !== undefined) {
    const parsed = parseWorkspaceFile(text);
    if (parsed.issues.length > 0) {
      throw usageError(
        parsed.issues
          .map((issue) => `${shown}:${issue.line}:${issue.column}: ${issue.message}`)
          .join("\n"),
      );
    }
    for (const [index, entry] of parsed.repositories.entries()) {
      const where = `${shown}:${entry.line}:${entry.column}: repositories.${index}: ${entry.path}`;
      listed.push({ dir: resolve(root, entry.path), where });
    }
  }
  for (const dir of withDirs) listed.push({ dir: resolve(io.cwd, dir), where: null });

  const seen = new Set([await realFolder(root, null)]);
  const names = new Map([[nameOf(root), root]]);
  const folders: WorkspaceFolder[] = [];
  for (const { dir, where } of listed) {
    const real = await realFolder(dir, where);
    if (seen.has(real)) continue;
    seen.add(real);
    const name = nameOf(dir);
    const clash = names.get(name);
    if (clash !== undefined) {
      throw usageError(
        `two repositories are named "${name}" (${clash} and ${dir}); a workspace names each repository by its folder, so rename one of the folders`,
      );
    }
    names.set(name, dir);
    folders.push({ dir, name });
  }
  return folders;
}

/** The name a repository goes by in a workspace: its folder's. */
export function nameOf(dir: string): string {
  return basename(dir) || dir;
}

/** The real path of a folder, or a usage error that says where it was listed. */
async function realFolder(dir: string, where: string | null): Promise<string> {
  let problem: string;
  try {
    const real = await realpath(dir);
    if ((await stat(real)).isDirectory()) return real;
    problem = `${dir} is not a directory`;
  } catch (error) {
    problem = `cannot read ${dir}: ${describeFsError(error)}`;
  }
  throw usageError(where ? `${where}: ${problem}` : problem);
}
