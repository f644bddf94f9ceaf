import { isRepositoryName, prefixFiles, repositoryPrefix } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { describeError } from "../actions/describe-error.ts";
import type { EditorStore } from "../state/editor-store.ts";
import { selectRepositories } from "../store/selectors.ts";
import { isAbort } from "./file-system-access.ts";
import type { OpenedFiles } from "./read-repository-file.ts";

/**
 * Why a repository cannot be added under `name`, or null when it can: a workspace names each
 * repository once (the opened one included), by a folder name.
 */
export function addRepositoryProblem(store: StoreApi<EditorStore>, name: string): string | null {
  const state = store.getState();
  if (state.source === null) return "Open a repository first; another one is added beside it.";
  // Save writes through the server, which writes only the repositories it serves
  if (state.source.kind === "served")
    return "Under karma serve, the server reads the other repositories: serve them with --with (karma serve <dir> --with <other-dir>), so that Save writes to them.";
  const names = selectRepositories(state).repositories.map((repository) => repository.name);
  if (!isRepositoryName(name)) return `"${name}" cannot name a repository: it is no folder name.`;
  if (names[0] === name)
    return `${name} is the name of the opened repository: a workspace names each repository once. Rename the folder to add it.`;
  if (names.includes(name))
    return `${name} is already in the workspace: a workspace names each repository once.`;
  return null;
}

/**
 * "Add repository": reads another repository (a folder or a .zip) and adds it to the workspace
 * under `../<name>/`, beside the opened one; refused with a notice when the name is taken or it
 * holds no Karma config. Returns whether it was added.
 */
export async function addRepository(
  store: StoreApi<EditorStore>,
  name: string,
  read: () => Promise<OpenedFiles>,
  handle: FileSystemDirectoryHandle | null = null,
): Promise<boolean> {
  const refuse = (title: string, lines: string[] = []) => {
    store.getState().notify({ tone: "error", title, lines });
    return false;
  };
  const problem = addRepositoryProblem(store, name);
  if (problem !== null) return refuse(`Could not add ${name}.`, [problem]);
  let opened: OpenedFiles;
  try {
    opened = await read();
  } catch (error) {
    if (isAbort(error)) return false;
    return refuse(`Could not add ${name}; the workspace is unchanged.`, [describeError(error)]);
  }
  // read while the workspace may have changed: asked again
  const again = addRepositoryProblem(store, name);
  if (again !== null) return refuse(`Could not add ${name}.`, [again]);
  const config = (path: string) =>
    path.startsWith("iac/") || path.startsWith("account_environments/");
  if (!Object.keys(opened.files).some(config)) {
    return refuse(`No Karma config found in ${name}; nothing was added.`, [
      "Karma reads iac/<env>/<type>/<nickname>/config.json and account_environments/<name>.json.",
    ]);
  }
  const prefix = repositoryPrefix(name);
  store.getState().addRepository(name, prefixFiles(name, opened.files), {
    handle,
    notRead: opened.notRead.map((entry) => ({ ...entry, path: `${prefix}${entry.path}` })),
  });
  const { repositories } = selectRepositories(store.getState());
  const added = repositories.find((repository) => repository.name === name);
  const count = added?.workspace.components.length ?? 0;
  store.getState().notify({
    tone: "success",
    title: `Added ${name} (${count} component${count === 1 ? "" : "s"}) beside ${repositories[0]!.name}.`,
    lines: ["Its changes are exported to it: a folder of its own in the .zip."],
  });
  return true;
}
