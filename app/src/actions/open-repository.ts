import {
  type FileMap,
  notReadIssue,
  parseWorkspaceAhead,
  type WorkspaceRepositories,
} from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import { repositoriesOf } from "../model/derive.ts";
import { configFilesOf } from "../model/repository-files.ts";
import { firstRepositoryName } from "../model/repository-name.ts";
import { runInTasks } from "../model/run-in-tasks.ts";
import type { RepositorySource } from "../state/editor-state.ts";
import type { EditorStore } from "../state/editor-store.ts";

export interface OpenOptions {
  /** The files as opened, when restoring work on them (default: the files themselves). */
  baseline?: FileMap;
  /** Refuse a repository without any Karma config, keeping the open one (a mis-picked folder). */
  requireConfig?: boolean;
}

/**
 * Opens a repository. Files that cannot be read are reported with file, line and column; the
 * rest loads.
 */
export function openRepository(
  store: StoreApi<EditorStore>,
  files: FileMap,
  source: RepositorySource,
  { baseline = files, requireConfig = false }: OpenOptions = {},
): boolean {
  const { workspace } = loadedOf(files, source);
  const { notify } = store.getState();
  if (requireConfig && workspace.components.length === 0 && workspace.readIssues.length === 0) {
    notify({
      tone: "error",
      title: `No Karma config found in ${source.name}; nothing was opened.`,
      lines: [
        "Karma reads iac/<env>/<type>/<nickname>/config.json and account_environments/<name>.json.",
      ],
    });
    return false;
  }
  store.getState().open(files, source, baseline);
  const unreadable = [...(source.notRead ?? []).map(notReadIssue), ...workspace.readIssues].filter(
    (issue) => issue.severity === "error",
  );
  const environments = workspace.environments.length;
  const summary = `${workspace.components.length} components in ${environments} environment${environments === 1 ? "" : "s"}`;
  if (unreadable.length > 0) {
    notify({
      tone: "error",
      title: `Opened ${source.name} (${summary}); ${unreadable.length} file${unreadable.length === 1 ? "" : "s"} could not be read:`,
      lines: unreadable.map(
        (issue) => `${issue.file}:${issue.line}:${issue.column} ${issue.message}`,
      ),
    });
  } else {
    notify({ tone: "success", title: `Opened ${source.name}: ${summary}.` });
  }
  return true;
}

// about 10 ms of parsing each on a laptop
const filesPerSlice = 500;

/**
 * Reads a repository's files ahead of `openRepository` so that opening a large one is not one
 * long task: the files are parsed a slice a task, then loaded into a workspace in a task of its
 * own. The open then takes the workspace loaded.
 */
export function readBeforeOpening(files: FileMap, source: RepositorySource): Promise<void> {
  return runInTasks(readingSteps(files, source));
}

function* readingSteps(files: FileMap, source: RepositorySource): Generator<void, void> {
  yield* parseWorkspaceAhead(files, filesPerSlice);
  yield;
  loadedOf(files, source);
}

/** The repositories of the files opened from `source`, loaded (memoised: loaded once). */
function loadedOf(files: FileMap, source: RepositorySource): WorkspaceRepositories {
  return repositoriesOf(configFilesOf(files), firstRepositoryName(source));
}
