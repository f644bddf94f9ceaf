import type { DriftReport, FileMap, Issue, JsonObject, Plan } from "@karma/core";
import { openRepository, readBeforeOpening } from "./actions/open-repository.ts";
import { commands } from "./commands/index.ts";
import { type CommandOutcome, runCommand } from "./commands/run-command.ts";
import { selectDrift } from "./runtime/drift-selectors.ts";
import { importRuntime } from "./runtime/import-runtime.ts";
import { compareWith } from "./serve/compare-with.ts";
import type { RepositorySource } from "./state/editor-state.ts";
import type { Editor } from "./store/editor-context.tsx";
import {
  selectChangedFiles,
  selectIssues,
  selectPlan,
  selectWorkspace,
} from "./store/selectors.ts";
import { showCommit } from "./timeline/show-commit.ts";

/** `window.karma`: the scripting and test API of DESIGN.md section 4, in every build. */
export interface KarmaApi {
  getWorkspace(): WorkspaceJson;
  loadFiles(files: Record<string, string>): Promise<void>;
  exportFiles(): Record<string, string | null>;
  getPlan(): Plan;
  getIssues(): Issue[];
  /** Imports a parameter-store snapshot, as "Import runtime" does; returns its problems. */
  loadSnapshot(text: string): Issue[];
  /** The shown environment compared with the imported snapshot; null before one is imported. */
  getDrift(): DriftReport | null;
  /**
   * Runs a command by id (commands/index.ts: "connect", "rename", "set-field", …) as one undo
   * step, exactly as the editor's own buttons and keys do.
   */
  run(command: string, args: unknown): CommandOutcome;
  /**
   * Under karma serve: plans against the files of `ref` (a commit, branch or tag) instead of the
   * opened files, as "Compare with…" does; null goes back. Rejects with the server's reason.
   * The document, `exportFiles()` and what Save writes stay as they are.
   */
  compareWith(ref: string | null): Promise<void>;
  /**
   * Under karma serve: the Timeline shows the graph at `ref` (a commit, branch or tag), read-only,
   * marked with what that commit changed; null goes back to the document. Resolves once the
   * commit's components are placed; rejects with the server's reason. The document,
   * `exportFiles()` and the history stay as they are.
   */
  showCommit(ref: string | null): Promise<void>;
}

export interface WorkspaceJson {
  files: FileMap;
  environments: string[];
  env: string | null;
  selection: string | null;
  accountEnvironments: unknown[];
  components: {
    id: string;
    env: string;
    type: string;
    nickname: string;
    file: string;
    config: JsonObject | null;
    knownType: boolean;
    /** With several repositories: the component's (its `file` is then its path in the map). */
    repo?: string;
  }[];
  readIssues: Issue[];
}

declare global {
  interface Window {
    karma: KarmaApi;
  }
}

export function installKarmaApi(editor: Editor): KarmaApi {
  const { store, layout } = editor;
  const api: KarmaApi = {
    getWorkspace() {
      const state = store.getState();
      const workspace = selectWorkspace(state);
      return structuredClone({
        files: state.files,
        environments: workspace.environments,
        env: state.env,
        selection: state.selection,
        accountEnvironments: workspace.accountEnvironments,
        components: workspace.components.map(
          ({ id, env, type, nickname, file, config, knownType, repo }) => ({
            id,
            env,
            type,
            nickname,
            file,
            config,
            knownType,
            ...(repo === undefined ? {} : { repo }),
          }),
        ),
        readIssues: workspace.readIssues,
      });
    },
    async loadFiles(files) {
      const copy = { ...files };
      const source: RepositorySource = { kind: "files", name: "the loaded files" };
      await readBeforeOpening(copy, source);
      openRepository(store, copy, source);
      editor.startAutosave();
      await layout.whenPlaced();
    },
    exportFiles: () => ({ ...selectChangedFiles(store.getState()) }),
    getPlan: () => structuredClone(selectPlan(store.getState())),
    getIssues: () => structuredClone(selectIssues(store.getState())),
    loadSnapshot: (text) => structuredClone(importRuntime(store, text, "snapshot.json").issues),
    getDrift: () => structuredClone(selectDrift(store.getState())),
    run(id, args) {
      const command = commands.get(id);
      if (!command)
        return { ok: false, error: `no command "${id}" (${[...commands.keys()].join(", ")})` };
      return runCommand(store, command, args as never);
    },
    compareWith: (ref) => compareWith(store, ref),
    showCommit: (ref) => showCommit(store, ref),
  };
  window.karma = api;
  return api;
}
