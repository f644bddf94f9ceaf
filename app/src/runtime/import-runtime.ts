import { type Issue, parseSnapshot, type RuntimeSnapshot } from "@karma/core";
import type { StoreApi } from "zustand/vanilla";
import type { EditorStore } from "../state/editor-store.ts";
import { selectWorkspace } from "../store/selectors.ts";
import { selectDrift } from "./drift-selectors.ts";

/**
 * Reads a parameter-store snapshot (one page or several appended) and keeps it, replacing any
 * earlier one. Its problems are listed with file, line and column; whatever can be read is used.
 */
export function importRuntime(
  store: StoreApi<EditorStore>,
  text: string,
  file: string,
): RuntimeSnapshot {
  // custom types of the repository say how their runtimes are published
  const snapshot = parseSnapshot(text, file, selectWorkspace(store.getState()).catalog);
  store.getState().setSnapshot(snapshot);
  const state = store.getState();
  const problems = snapshot.issues.filter((issue) => issue.severity !== "info");
  const report = selectDrift(state);
  // unmanaged components appear beside the graph: bring them into view
  if (report && report.summary.unmanaged > 0) state.requestFit();
  const summary = report
    ? `${report.env}: ${report.summary.inSync} in sync, ${report.summary.drifted} drifted, ${report.summary.notDeployed} not deployed, ${report.summary.unmanaged} unmanaged`
    : "no environment to compare with";
  const read = `${snapshot.parameterCount} parameter${snapshot.parameterCount === 1 ? "" : "s"}`;
  state.notify(
    problems.length === 0
      ? { tone: "success", title: `Imported runtime from ${file} (${read}); ${summary}.` }
      : {
          tone: "error",
          title: `Imported runtime from ${file} (${read}); ${summary}. ${problems.length} problem${problems.length === 1 ? "" : "s"} in the snapshot:`,
          lines: problems.map(describeIssue),
        },
  );
  return snapshot;
}

function describeIssue(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.message}`;
}
